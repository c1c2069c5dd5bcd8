package com.lifeos.app.live;

import com.lifeos.store.redis.RedisConfigured;
import com.lifeos.store.redis.RedisGuard;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Several instances share one event store, and a processing group's token is owned by one of them, so an update
 * originates on that instance while the user may be connected to another: every notice goes through one Redis
 * channel that all instances listen to. When Redis cannot be reached (or is hung: the
 * {@link RedisGuard} then refuses at once) the notice is still delivered here.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(RedisConfigured.class)
class RedisLiveRelay {

    static final String CHANNEL = "lifeos:live-updates";
    private static final Logger log = LoggerFactory.getLogger(RedisLiveRelay.class);

    /** Publishes off the projection thread, in order, so a slow or absent Redis never holds a projection back. */
    @Bean(destroyMethod = "shutdownNow")
    ExecutorService liveUpdatesPublisher() {
        return Executors.newSingleThreadExecutor(Thread.ofPlatform().name("live-updates-publisher").daemon().factory());
    }

    @Bean
    LiveRelay redisRelay(StringRedisTemplate redis, RedisGuard guard, JsonMapper json, LiveDelivery delivery,
                         ExecutorService liveUpdatesPublisher) {
        return notice -> liveUpdatesPublisher.execute(() -> {
            try {
                String message = json.writeValueAsString(notice);
                Long listeners = guard.call(() -> redis.convertAndSend(CHANNEL, message));
                if (listeners == null || listeners == 0) {
                    // not even this instance is subscribed (Redis just came back): its own sessions still get it
                    delivery.deliver(notice);
                }
            } catch (RuntimeException e) {
                log.warn("Redis unreachable; live update delivered on this instance only: {}", e.toString());
                delivery.deliver(notice);
            }
        });
    }

    @Bean
    RedisMessageListenerContainer liveUpdatesListener(RedisConnectionFactory connections, JsonMapper json,
                                                      LiveDelivery delivery) {
        RedisMessageListenerContainer container = new RedisMessageListenerContainer();
        container.setConnectionFactory(connections);
        container.setRecoveryInterval(1000);
        container.addMessageListener((message, pattern) ->
                delivery.deliver(json.readValue(message.getBody(), LiveNotice.class)), new ChannelTopic(CHANNEL));
        return container;
    }
}
