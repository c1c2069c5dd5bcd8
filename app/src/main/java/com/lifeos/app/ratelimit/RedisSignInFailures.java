package com.lifeos.app.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.lifeos.app.ratelimit.RateLimitProperties.Throttle;
import com.lifeos.store.redis.RedisConfigured;
import com.lifeos.store.redis.RedisGuard;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Primary;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * In Redis, one hash per account and address, checked and counted by one script so that it is atomic across
 * instances. The script repeats {@link Throttle#delayAfter}'s doubling, which must run inside Redis to be atomic.
 */
@Component
@Primary
@Conditional(RedisConfigured.class)
class RedisSignInFailures implements SignInFailures {

    private static final String PREFIX = "lifeos:rate:sign-in:";

    private static final RedisScript<Long> ATTEMPT = RedisScript.of("""
            local count = tonumber(redis.call('HGET', KEYS[1], 'count') or '0')
            local last = tonumber(redis.call('HGET', KEYS[1], 'last') or '0')
            local now, free, first, max = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
            local forgetAfter, ceilingWait = ARGV[5], tonumber(ARGV[6])
            if count > 0 and ceilingWait > 0 then
              return ceilingWait
            end
            if count >= free then
              local allowedFrom = last + math.min(max, first * 2 ^ (count - free))
              if now < allowedFrom then
                return allowedFrom - now
              end
            end
            redis.call('HSET', KEYS[1], 'count', count + 1, 'last', now)
            redis.call('PEXPIRE', KEYS[1], forgetAfter)
            return 0
            """, Long.class);

    private final StringRedisTemplate redis;
    private final RedisGuard guard;
    private final InProcessSignInFailures fallback;

    RedisSignInFailures(StringRedisTemplate redis, RedisGuard guard, InProcessSignInFailures fallback) {
        this.redis = redis;
        this.guard = guard;
        this.fallback = fallback;
    }

    @Override
    public Duration attempt(String key, Instant now, Throttle throttle, Duration accountCeilingWait) {
        return guard.callOr(() -> {
            Long waitMillis = redis.execute(ATTEMPT, List.of(PREFIX + key), String.valueOf(now.toEpochMilli()),
                    String.valueOf(throttle.freeFailures()), String.valueOf(throttle.firstDelay().toMillis()),
                    String.valueOf(throttle.maxDelay().toMillis()), String.valueOf(throttle.forgetAfter().toMillis()),
                    String.valueOf(accountCeilingWait.toMillis()));
            return Duration.ofMillis(waitMillis == null ? 0 : waitMillis);
        }, () -> fallback.attempt(key, now, throttle, accountCeilingWait));
    }

    @Override
    public void forget(String key) {
        guard.callOr(() -> redis.delete(PREFIX + key), () -> {
            fallback.forget(key);
            return true;
        });
    }
}
