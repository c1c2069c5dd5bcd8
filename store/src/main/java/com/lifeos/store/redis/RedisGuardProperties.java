package com.lifeos.store.redis;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code commandTimeout}: how long one Redis command may take before it fails and its caller falls back (set
 * tighter than {@code spring.data.redis.timeout}, which also bounds the connection handshake and so must leave room
 * for a busy start-up). {@code probeEvery}: how often an open circuit breaker pings Redis to find it back (see
 * {@link RedisGuard}).
 */
@ConfigurationProperties("lifeos.redis")
public record RedisGuardProperties(Duration commandTimeout, Duration probeEvery) {

    public RedisGuardProperties {
        commandTimeout = commandTimeout != null && commandTimeout.isPositive() ? commandTimeout
                : Duration.ofMillis(250);
        probeEvery = probeEvery != null && probeEvery.isPositive() ? probeEvery : Duration.ofSeconds(1);
    }
}
