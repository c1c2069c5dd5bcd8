package com.lifeos.app.live;

import java.util.List;

import com.lifeos.identity.account.LifeosWebProperties;
import com.lifeos.app.web.input.RequestValues;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.springframework.messaging.converter.JacksonJsonMessageConverter;
import org.springframework.messaging.converter.MessageConverter;
import org.springframework.messaging.handler.invocation.HandlerMethodArgumentResolver;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketTransportRegistration;
import tools.jackson.databind.json.JsonMapper;

/**
 * STOMP over a plain WebSocket at {@code /ws}. The in-memory broker serves each session's own queues; updates from
 * other instances arrive through the {@link LiveRelay}, so no external broker is needed. JSON is the REST API's
 * (snake_case), so an update's data reads exactly like the REST answer.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocketMessageBroker
class LiveConfiguration implements WebSocketMessageBrokerConfigurer {

    private final StompGate gate;
    private final LiveSessions sessions;
    private final LiveActors actors;
    private final JsonMapper json;
    private final LifeosWebProperties web;
    private final RequestValues requestValues;

    LiveConfiguration(StompGate gate, LiveSessions sessions, LiveActors actors, JsonMapper json,
                      LifeosWebProperties web, RequestValues requestValues) {
        this.gate = gate;
        this.sessions = sessions;
        this.actors = actors;
        this.json = json;
        this.web = web;
        this.requestValues = requestValues;
    }

    /**
     * A page on the API's own origin, and a client that sends no {@code Origin} at all, may always connect; a page on
     * another origin only when {@code lifeos.web.allowed-origins} lists it (the security filters refuse the others
     * before they get here, see security.BrowserOrigins).
     */
    @Override
    public void registerStompEndpoints(StompEndpointRegistry registry) {
        registry.addEndpoint("/ws").setAllowedOriginPatterns(web.allowedOrigins().toArray(String[]::new));
    }

    @Override
    public void configureMessageBroker(MessageBrokerRegistry registry) {
        registry.enableSimpleBroker("/queue");
        registry.setApplicationDestinationPrefixes("/app");
        registry.setUserDestinationPrefix("/user");
    }

    @Override
    public void configureClientInboundChannel(ChannelRegistration registration) {
        registration.interceptors(gate);
    }

    @Override
    public void configureWebSocketTransport(WebSocketTransportRegistration registration) {
        registration.addDecoratorFactory(sessions);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(actors);
    }

    @Override
    public boolean configureMessageConverters(List<MessageConverter> converters) {
        // a live message obeys the same value rules as a request body
        converters.add(new JacksonJsonMessageConverter(json) {
            @Override
            protected Object convertFromInternal(Message<?> message, Class<?> targetClass, Object conversionHint) {
                Object payload = super.convertFromInternal(message, targetClass, conversionHint);
                requestValues.check(payload);
                return payload;
            }
        });
        return false;
    }
}
