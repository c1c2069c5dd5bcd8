package com.lifeos.app.ratelimit;

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
