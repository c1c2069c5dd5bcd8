package com.lifeos.store.cache;

import java.util.concurrent.Callable;

import com.lifeos.store.redis.RedisGuard;
import org.springframework.cache.Cache;

/** The Redis cache behind the {@link RedisGuard}: a hung Redis fails these calls at once, and the read is made. */
final class GuardedCache implements Cache {

    private final Cache redis;
    private final RedisGuard guard;

    GuardedCache(Cache redis, RedisGuard guard) {
        this.redis = redis;
        this.guard = guard;
    }

    @Override
    public String getName() {
        return redis.getName();
    }

    @Override
    public Object getNativeCache() {
        return redis.getNativeCache();
    }

    @Override
    public ValueWrapper get(Object key) {
        return guard.call(() -> redis.get(key));
    }

    @Override
    public <T> T get(Object key, Class<T> type) {
        return guard.call(() -> redis.get(key, type));
    }

    @Override
    public <T> T get(Object key, Callable<T> valueLoader) {
        return guard.call(() -> redis.get(key, valueLoader));
    }

    @Override
    public void put(Object key, Object value) {
        guard.run(() -> redis.put(key, value));
    }

    @Override
    public void evict(Object key) {
        guard.run(() -> redis.evict(key));
    }

    @Override
    public void clear() {
        guard.run(redis::clear);
    }
}
