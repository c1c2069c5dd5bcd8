package com.lifeos.app.live;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import com.lifeos.app.web.RequestIds;
import org.slf4j.MDC;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.MessageHandler;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ExecutorChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Who may use the socket, checked on every frame a client sends. CONNECT must carry a valid LifeOS access token
 * ({@code Authorization: Bearer …}); the session then speaks for the token's user until the token expires. A client
 * may subscribe only to its own queues — {@code /user/queue/updates} and {@code /user/queue/errors}, which the broker
 * resolves to this session alone — and send only to {@code /app/…}. A refused frame ends in an ERROR frame.
 */
@Component
class StompGate implements ExecutorChannelInterceptor {

    static final String EXPIRES_AT = "lifeos.tokenExpiresAt";
    static final String REQUEST_ID_HEADER = "request-id";
    private static final Set<String> SUBSCRIPTIONS = Set.of("/user" + LiveDelivery.UPDATES, "/user" + LiveErrors.ERRORS);

    private final JwtDecoder tokens;
    private final Clock clock;

    StompGate(JwtDecoder tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        StompHeaderAccessor stomp = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (stomp == null || stomp.getCommand() == null) {
            return message;
        }
        StompCommand command = stomp.getCommand();
        if (command == StompCommand.CONNECT || command == StompCommand.STOMP) {
            Jwt jwt = authenticate(stomp.getFirstNativeHeader("Authorization"));
            stomp.setUser(new JwtAuthenticationToken(jwt, java.util.List.of(), jwt.getSubject()));
            sessionAttributes(stomp).put(EXPIRES_AT, jwt.getExpiresAt());
            return message;
        }
        if (command == StompCommand.DISCONNECT) {
            return message;
        }
        if (stomp.getUser() == null || expired(stomp)) {
            throw new MessageDeliveryException("The session's access token has expired; connect again.");
        }
        if (command == StompCommand.SUBSCRIBE && !SUBSCRIPTIONS.contains(stomp.getDestination())) {
            throw new MessageDeliveryException("Only /user/queue/updates and /user/queue/errors can be subscribed to.");
        }
        if (command == StompCommand.SEND && (stomp.getDestination() == null || !stomp.getDestination().startsWith("/app/"))) {
            throw new MessageDeliveryException("Messages can be sent to /app/… only.");
        }
        return message;
    }

    /** The client's request id follows the command into the events it causes, as X-Request-Id does over HTTP. */
    @Override
    public Message<?> beforeHandle(Message<?> message, MessageChannel channel, MessageHandler handler) {
        StompHeaderAccessor stomp = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        String requestId = stomp == null ? null : stomp.getFirstNativeHeader(REQUEST_ID_HEADER);
        if (RequestIds.isSane(requestId)) {
            MDC.put(RequestIds.MDC_KEY, requestId);
        }
        return message;
    }

    @Override
    public void afterMessageHandled(Message<?> message, MessageChannel channel, MessageHandler handler, Exception ex) {
        MDC.remove(RequestIds.MDC_KEY);
    }

    boolean expired(Map<String, Object> attributes) {
        return attributes != null && attributes.get(EXPIRES_AT) instanceof Instant expiresAt
                && !clock.instant().isBefore(expiresAt);
    }

    private boolean expired(StompHeaderAccessor stomp) {
        return expired(stomp.getSessionAttributes());
    }

    private Jwt authenticate(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new MessageDeliveryException("CONNECT needs an 'Authorization: Bearer <access token>' header.");
        }
        try {
            Jwt jwt = tokens.decode(authorization.substring(7).trim());
            if (jwt.getSubject() == null) {
                throw new MessageDeliveryException("The access token names no LifeOS user.");
            }
            return jwt;
        } catch (JwtException e) {
            throw new MessageDeliveryException("The access token is invalid or has expired.");
        }
    }

    private static Map<String, Object> sessionAttributes(StompHeaderAccessor stomp) {
        Map<String, Object> attributes = stomp.getSessionAttributes();
        if (attributes == null) {
            throw new MessageDeliveryException("No WebSocket session.");
        }
        return attributes;
    }
}
