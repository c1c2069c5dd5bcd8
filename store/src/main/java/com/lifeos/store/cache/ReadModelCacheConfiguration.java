package com.lifeos.store.cache;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.lifeos.store.redis.RedisConfigured;
import com.lifeos.store.redis.RedisGuard;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.cache.RedisCacheConfiguration;
import org.springframework.data.redis.cache.RedisCacheManager;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.serializer.RedisSerializationContext;
import org.springframework.data.redis.serializer.StringRedisSerializer;

/** Where cached reads live: a Redis cache shared by every instance when Redis is configured, else in process. */
@Configuration(proxyBeanMethods = false)
class ReadModelCacheConfiguration {

    static final String CACHE = "read-models";
    static final String REDIS_PREFIX = "lifeos:";

    @Configuration(proxyBeanMethods = false)
    @Conditional(RedisConfigured.Not.class)
    static class InProcess {

        /**
         * Bounded, and an entry nobody reads for {@code ttl} goes: every write leaves its user's older entries behind.
         * Hits, misses and evictions are counted (an adder each) for the {@code cache_*} metrics.
         */
        @Bean
        CacheManager readModelCacheManager(ReadModelCacheProperties properties) {
            CaffeineCacheManager caches = new CaffeineCacheManager(CACHE);
            caches.setCaffeine(Caffeine.newBuilder().maximumSize(properties.maxEntries())
                    .expireAfterAccess(properties.ttl()).recordStats());
            return caches;
        }

        @Bean
        Generations generations() {
            Map<UUID, AtomicLong> generations = new ConcurrentHashMap<>();
            return new Generations() {
                @Override
                public long current(UUID userId) {
                    AtomicLong generation = generations.get(userId);
                    return generation == null ? 0 : generation.get();
                }

                @Override
                public void bump(UUID userId) {
                    generations.computeIfAbsent(userId, id -> new AtomicLong()).incrementAndGet();
                }
            };
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(RedisConfigured.class)
    static class InRedis {

        /** The Redis cache behind the {@link RedisGuard}: a Redis that is down or hung is bypassed in microseconds. */
        @Bean
        CacheManager readModelCacheManager(RedisConnectionFactory connections, ReadModelCacheProperties properties,
                                           RedisGuard guard) {
            RedisCacheManager redis = RedisCacheManager.builder(connections)
                    .cacheDefaults(RedisCacheConfiguration.defaultCacheConfig()
                            .entryTtl(properties.ttl())
                            .prefixCacheNameWith(REDIS_PREFIX)
                            .serializeValuesWith(RedisSerializationContext.SerializationPair
                                    .fromSerializer(new StringRedisSerializer())))
                    .initialCacheNames(java.util.Set.of(CACHE))
                    .build();
            redis.initializeCaches();
            Cache guarded = new GuardedCache(redis.getCache(CACHE), guard);
            return new CacheManager() {
                @Override
                public Cache getCache(String name) {
                    return CACHE.equals(name) ? guarded : null;
                }

                @Override
                public Collection<String> getCacheNames() {
                    return List.of(CACHE);
                }
            };
        }

        @Bean
        Generations generations(StringRedisTemplate redis, ReadModelCacheProperties properties, RedisGuard guard) {
            return new Generations() {
                @Override
                public long current(UUID userId) {
                    String value = guard.call(() -> redis.opsForValue().get(key(userId)));
                    return value == null ? 0 : Long.parseLong(value);
                }

                @Override
                public void bump(UUID userId) {
                    guard.run(() -> {
                        redis.opsForValue().increment(key(userId));
                        redis.expire(key(userId), properties.ttl().multipliedBy(2));
                    });
                }
            };
        }

        private static String key(UUID userId) {
            return REDIS_PREFIX + CACHE + "-generation:" + userId;
        }
    }
}
