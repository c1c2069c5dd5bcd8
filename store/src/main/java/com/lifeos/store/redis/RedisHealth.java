package com.lifeos.store.redis;

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
 * taken out of rotation for it. While the circuit breaker is open the answer is DEGRADED at once, so a hung Redis
 * cannot make health reads slow; it turns UP as soon as the breaker's probe finds Redis back.
 */
@Component("redis")
@Conditional(RedisConfigured.class)
class RedisHealth implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "Redis is unreachable; running on in-process fallbacks");

    private final RedisConnectionFactory connections;
    private final RedisGuard guard;

    RedisHealth(RedisConnectionFactory connections, RedisGuard guard) {
        this.connections = connections;
        this.guard = guard;
    }

    @Override
    public Health health() {
        String breaker = guard.open() ? "open" : "closed";
        try {
            String pong = guard.call(() -> {
                try (RedisConnection connection = connections.getConnection()) {
                    return connection.ping();
                }
            });
            return Health.up().withDetail("ping", pong).withDetail("circuit_breaker", breaker).build();
        } catch (RuntimeException e) {
            return Health.status(DEGRADED).withDetail("error", e.getClass().getSimpleName())
                    .withDetail("circuit_breaker", breaker).build();
        }
    }
}
