package com.lifeos.app.ratelimit;

import java.time.Duration;
import java.time.LocalDate;

import com.lifeos.app.ratelimit.RateLimitProperties.Limit;
import org.springframework.stereotype.Component;

/** The limits as the rest of the app asks about them; each check throws {@link TooManyRequests} when over. */
@Component
public class RateLimits {

    private final RateCounter counter;
    private final RateLimitProperties properties;

    RateLimits(RateCounter counter, RateLimitProperties properties) {
        this.counter = counter;
        this.properties = properties;
    }

    void requireAuthAllowed(String clientIp) {
        hit("auth:" + clientIp, properties.auth());
    }

    void requireUserAllowed(String userId) {
        hit("user:" + userId, properties.perUser());
    }

    /** Before checking a password: refused while this account has had too many failed sign-ins in the window. */
    public void requireLoginAllowed(String account) {
        if (!properties.enabled()) {
            return;
        }
        Limit limit = properties.loginFailures();
        RateCounter.Window window = counter.count("login-failures:" + account, limit.window(), false);
        if (window.count() >= limit.requests()) {
            throw new TooManyRequests(window.remaining());
        }
    }

    public void recordLoginFailure(String account) {
        if (properties.enabled()) {
            counter.count("login-failures:" + account, properties.loginFailures().window(), true);
        }
    }

    /**
     * Takes one use of a daily allowance (a user's model calls, say) counted per {@code key} and local
     * {@code day}, across instances when Redis is there; false once {@code perDay} were taken that day. Unlike the
     * request limits it stays on with {@code lifeos.rate-limit.enabled} false: it bounds spending, not traffic.
     */
    public boolean takeDaily(String key, LocalDate day, int perDay) {
        return counter.count("daily:" + key + ":" + day, Duration.ofDays(1), true).count() <= perDay;
    }

    private void hit(String key, Limit limit) {
        if (!properties.enabled()) {
            return;
        }
        RateCounter.Window window = counter.count(key, limit.window(), true);
        if (window.count() > limit.requests()) {
            throw new TooManyRequests(window.remaining());
        }
    }
}
