package com.lifeos.app.ratelimit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.lifeos.app.ratelimit.RateLimitProperties.Limit;
import com.lifeos.store.redis.RedisConfigured;
import com.lifeos.store.redis.RedisGuard;
import com.lifeos.store.redis.RedisGuardProperties;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.RedisClient;
import io.lettuce.core.cluster.RedisClusterClient;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Primary;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.stereotype.Component;

/**
 * Buckets in Redis (Bucket4j's compare-and-swap on Lettuce, one Lua script per take), so a client can neither
 * multiply its allowance by the number of instances nor by sending its requests at the same moment. Keys expire
 * once their bucket would be full again. While Redis cannot serve (see {@link RedisGuard}) each instance counts on
 * its own instead of failing requests. The connection is opened on first use, so a Redis that is down at start-up
 * does not stop the app.
 */
@Component
@Primary
@Conditional(RedisConfigured.class)
class RedisRateBuckets implements RateBuckets {

    private static final String PREFIX = "lifeos:rate:";

    private final LettuceConnectionFactory connections;
    private final RedisGuard guard;
    private final InProcessRateBuckets fallback;
    private final Duration commandTimeout;
    private final Cache<String, BucketProxy> proxies = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterAccess(Duration.ofMinutes(10)).build();
    private volatile ProxyManager<String> buckets;

    RedisRateBuckets(LettuceConnectionFactory connections, RedisGuard guard, InProcessRateBuckets fallback,
                     RedisGuardProperties redis) {
        this.connections = connections;
        this.commandTimeout = redis.commandTimeout();
        this.guard = guard;
        this.fallback = fallback;
    }

    @Override
    public ConsumptionProbe take(String key, Limit limit) {
        return guard.callOr(() -> bucket(key, limit).tryConsumeAndReturnRemaining(1), () -> fallback.take(key, limit));
    }

    @Override
    public EstimationProbe peek(String key, Limit limit) {
        return guard.callOr(() -> bucket(key, limit).estimateAbilityToConsume(1), () -> fallback.peek(key, limit));
    }

    /**
     * One proxy per key, kept while it is in use, so that requests racing for the same key on this instance are
     * batched into one compare-and-swap instead of retrying against each other (fifty at once missed their timeout).
     */
    private BucketProxy bucket(String key, Limit limit) {
        return proxies.get(key, k -> buckets().builder().withOptimization(Optimizations.batching())
                .build(PREFIX + k, () -> BucketConfiguration.builder().addLimit(limit.bandwidth()).build()));
    }

    private ProxyManager<String> buckets() {
        ProxyManager<String> opened = buckets;
        if (opened == null) {
            synchronized (this) {
                if (buckets == null) {
                    buckets = open();
                }
                opened = buckets;
            }
        }
        return opened;
    }

    private ProxyManager<String> open() {
        AbstractRedisClient client = connections.getRequiredNativeClient();
        var builder = client instanceof RedisClusterClient cluster ? Bucket4jLettuce.casBasedBuilder(cluster)
                : Bucket4jLettuce.casBasedBuilder((RedisClient) client);
        ProxyManager<byte[]> proxies = builder
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        Duration.ofSeconds(10)))
                // each command has its own timeout; this bounds a take's retries when instances race for a key
                .requestTimeout(commandTimeout.multipliedBy(4))
                .build();
        return proxies.withMapper(key -> key.getBytes(StandardCharsets.UTF_8));
    }
}
