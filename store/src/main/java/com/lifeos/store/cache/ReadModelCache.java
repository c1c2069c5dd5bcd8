package com.lifeos.store.cache;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCache;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Dashboard and analytics answers, cached per user until a projection applies one of that user's events. In Redis,
 * shared by every instance, values are the JSON of the query result; in process they are the result itself (views are
 * immutable records, and a JSON round trip per hit was a seventh of a cached dashboard read). Private text inside
 * stays sealed either way. A cache that cannot be reached is
 * bypassed — no request fails because of it — and, since the changes made meanwhile could not drop their entries,
 * it is cleared before it is trusted again.
 */
@Component
public class ReadModelCache {

    private static final Logger log = LoggerFactory.getLogger(ReadModelCache.class);

    private final Cache cache;
    private final Generations generations;
    private final JsonMapper json;
    private final boolean enabled;
    private final boolean asJson;
    private final AtomicBoolean missedChanges = new AtomicBoolean();

    ReadModelCache(@Qualifier("readModelCacheManager") CacheManager caches, Generations generations, JsonMapper json,
                   ReadModelCacheProperties properties) {
        this.cache = caches.getCache(ReadModelCacheConfiguration.CACHE);
        this.generations = generations;
        this.json = json;
        this.enabled = properties.enabled();
        this.asJson = !(cache instanceof CaffeineCache);
    }

    public <R> R get(UUID userId, Object query, Class<R> type, Supplier<R> read) {
        return get(userId, query, type, read, result -> true);
    }

    /**
     * Like {@link #get}, but the answer is kept only when {@code keep} says so: one made of a passing failure (a
     * model that timed out, say) is not worth keeping.
     */
    public <R> R get(UUID userId, Object query, Class<R> type, Supplier<R> read, Predicate<? super R> keep) {
        if (!enabled) {
            return read.get();
        }
        String key;
        Object cached;
        try {
            recoverIfNeeded();
            key = key(userId, generations.current(userId), query);
            Cache.ValueWrapper hit = cache.get(key);
            cached = hit == null ? null : hit.get();
        } catch (RuntimeException unreachable) {
            return read.get();
        }
        if (cached != null) {
            return asJson ? json.readValue((String) cached, type) : type.cast(cached);
        }
        R result = read.get();
        if (keep.test(result)) {
            store(key, result);
        }
        return result;
    }

    private static String key(UUID userId, long generation, Object query) {
        return userId + ":" + generation + ":" + query;
    }

    private void store(String key, Object result) {
        try {
            cache.put(key, asJson ? json.writeValueAsString(result) : result);
        } catch (RuntimeException unreachable) {
            log.debug("read-model cache unreachable; answer not stored: {}", unreachable.toString());
        }
    }

    /** Called once a projection has committed a change of this user's: their earlier answers are never read again. */
    void invalidate(UUID userId) {
        try {
            generations.bump(userId);
        } catch (RuntimeException unreachable) {
            missedChanges.set(true);
            log.warn("read-model cache unreachable; it will be cleared when it is back: {}", unreachable.toString());
        }
    }

    private void recoverIfNeeded() {
        if (missedChanges.get()) {
            cache.clear();
            missedChanges.set(false);
            log.info("read-model cache reachable again and cleared");
        }
    }
}
