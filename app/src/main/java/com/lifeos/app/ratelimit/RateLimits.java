package com.lifeos.app.ratelimit;

import com.lifeos.shared.error.TooManyRequests;
import java.time.Duration;
import java.time.LocalDate;

import com.lifeos.app.ratelimit.RateLimitProperties.Limit;
import com.lifeos.insight.DailyAllowance;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.stereotype.Component;

/**
 * The limits as the rest of the app asks about them; each check throws {@link TooManyRequests} when over. It is also
 * the insight module's daily allowance of model calls, so that module counts them without knowing the app.
 */
@Component
class RateLimits implements DailyAllowance {

    private final RateBuckets buckets;
    private final RateLimitProperties properties;

    RateLimits(RateBuckets buckets, RateLimitProperties properties) {
        this.buckets = buckets;
        this.properties = properties;
    }

    void requireAuthAllowed(String clientIp) {
        hit("auth:" + clientIp, properties.auth());
    }

    void requireUserAllowed(String userId) {
        hit("user:" + userId, properties.perUser());
    }

    /**
     * Takes one use of a daily allowance (a user's model calls, say) counted per {@code key} and local
     * {@code day}, across instances when Redis is there; false once {@code perDay} were taken that day. Unlike the
     * request limits it stays on with {@code lifeos.rate-limit.enabled} false: it bounds spending, not traffic.
     */
    @Override
    public boolean take(String key, LocalDate day, int perDay) {
        return perDay > 0 && buckets.take("daily:" + key + ":" + day, new Limit(perDay, Duration.ofDays(1))).isConsumed();
    }

    private void hit(String key, Limit limit) {
        if (!properties.enabled()) {
            return;
        }
        ConsumptionProbe probe = buckets.take(key, limit);
        if (!probe.isConsumed()) {
            throw new TooManyRequests(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }
}
