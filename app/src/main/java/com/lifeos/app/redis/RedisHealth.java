package com.lifeos.app.redis;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.annotation.Conditional;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.stereotype.Component;

/**
 * Redis's part of {@code /actuator/health}: UP when it answers, DEGRADED (not DOWN) when it does not — the app
 * keeps serving without it (caches bypassed, limits and live updates in process), so an instance must not be
 * taken out of rotation for it. Checked on every health read, so it recovers as soon as Redis does.
 */
@Component("redis")
@Conditional(RedisConfigured.class)
class RedisHealth implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "Redis is unreachable; running on in-process fallbacks");

    private final RedisConnectionFactory connections;

    RedisHealth(RedisConnectionFactory connections) {
        this.connections = connections;
    }

    @Override
    public Health health() {
        try (RedisConnection connection = connections.getConnection()) {
            return Health.up().withDetail("ping", connection.ping()).build();
        } catch (RuntimeException e) {
            return Health.status(DEGRADED).withDetail("error", e.getClass().getSimpleName()).build();
        }
    }
}
