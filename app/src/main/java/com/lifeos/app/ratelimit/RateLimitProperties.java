package com.lifeos.app.ratelimit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Request limits, each a number of requests per fixed window. {@code auth}: per client IP on register, login,
 * refresh, forgot-password and reset-password (the plan's 100 per 15 minutes). {@code loginFailures}: failed sign-ins
 * per account, against password guessing from many addresses. {@code perUser}: every other authenticated request,
 * per user — generous, it only stops runaway clients. Health and metrics are never limited.
 */
@ConfigurationProperties("lifeos.rate-limit")
public record RateLimitProperties(Boolean enabled, Limit auth, Limit loginFailures, Limit perUser) {

    public RateLimitProperties {
        enabled = enabled == null || enabled;
        auth = auth != null ? auth : new Limit(100, Duration.ofMinutes(15));
        loginFailures = loginFailures != null ? loginFailures : new Limit(10, Duration.ofMinutes(15));
        perUser = perUser != null ? perUser : new Limit(1000, Duration.ofMinutes(1));
    }

    public record Limit(int requests, Duration window) {

        public Limit {
            if (requests < 1 || window == null || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("a rate limit needs requests >= 1 and a positive window");
            }
        }
    }
}
