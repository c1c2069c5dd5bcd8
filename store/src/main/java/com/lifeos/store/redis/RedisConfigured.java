package com.lifeos.store.redis;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Redis is used only when it is configured ({@code spring.data.redis.url}, {@code .host} or {@code .port}, or
 * {@code REDIS_URL}) with a value; otherwise caches, rate limits and live-update fan-out stay in process, the
 * embedded default. An empty value counts as not configured, so a deployment can switch Redis off explicitly.
 */
public class RedisConfigured implements Condition {

    static final String[] PROPERTIES = {"spring.data.redis.url", "spring.data.redis.host", "spring.data.redis.port"};

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return in(context.getEnvironment());
    }

    public static boolean in(Environment environment) {
        for (String property : PROPERTIES) {
            String value = environment.getProperty(property);
            if (value != null && !value.isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** The embedded default: no Redis configured. */
    public static class Not implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !in(context.getEnvironment());
        }
    }
}
