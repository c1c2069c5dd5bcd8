package com.lifeos.app.ratelimit;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.lifeos.app.redis.RedisConfigured;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Primary;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts in Redis (INCR on a key that expires with its window), so a client cannot multiply its allowance by the
 * number of instances. While Redis cannot be reached, each instance counts on its own instead of failing requests.
 */
@Component
@Primary
@Conditional(RedisConfigured.class)
class RedisRateCounter implements RateCounter {

    private static final String PREFIX = "lifeos:rate:";

    private final StringRedisTemplate redis;
    private final InProcessRateCounter fallback;

    RedisRateCounter(StringRedisTemplate redis, InProcessRateCounter fallback) {
        this.redis = redis;
        this.fallback = fallback;
    }

    @Override
    public Window count(String key, Duration window, boolean increment) {
        String redisKey = PREFIX + key;
        try {
            Long count = increment ? redis.opsForValue().increment(redisKey)
                    : parse(redis.opsForValue().get(redisKey));
            Long ttl = redis.getExpire(redisKey, TimeUnit.MILLISECONDS);
            if (count != null && count > 0 && (ttl == null || ttl < 0)) {
                // a new window (or one whose expiry was lost between the two commands)
                redis.expire(redisKey, window);
                ttl = window.toMillis();
            }
            return new Window(count == null ? 0 : count, Duration.ofMillis(ttl == null || ttl < 0 ? 0 : ttl));
        } catch (RuntimeException unreachable) {
            return fallback.count(key, window, increment);
        }
    }

    private static Long parse(String value) {
        return value == null ? 0L : Long.parseLong(value);
    }
}
