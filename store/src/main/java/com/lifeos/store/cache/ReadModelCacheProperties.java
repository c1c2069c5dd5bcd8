package com.lifeos.store.cache;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The dashboard and analytics cache. Entries are dropped by the events that change them, not by time;
 * {@code ttl} only bounds how long an entry nobody asks for again occupies memory (or Redis); {@code max-entries}
 * bounds the in-process cache (Redis is bounded by its own memory policy).
 */
@ConfigurationProperties("lifeos.cache")
public record ReadModelCacheProperties(Boolean enabled, Duration ttl, Long maxEntries) {

    public ReadModelCacheProperties {
        enabled = enabled == null || enabled;
        ttl = ttl == null ? Duration.ofMinutes(10) : ttl;
        maxEntries = maxEntries == null ? 10_000 : maxEntries;
    }
}
