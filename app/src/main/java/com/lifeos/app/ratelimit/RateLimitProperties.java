package com.lifeos.app.ratelimit;

import java.time.Duration;

import io.github.bucket4j.Bandwidth;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Request limits, each a number of requests per fixed window; a limit given only its {@code requests} or only its
 * {@code window} takes the default of the other. {@code auth}: per client address on register, login, refresh,
 * forgot-password and reset-password (the plan's 100 per 15 minutes). {@code perUser}: every other authenticated
 * request, per user — generous, it only stops runaway clients. Health and metrics are never limited.
 * <p>
 * Failed sign-ins are slowed, never locked: see {@link SignInThrottle}. {@code signInThrottle} sets the delays per
 * account and client address; {@code loginFailures} is the looser ceiling of failures per account from all
 * addresses together.
 */
@ConfigurationProperties("lifeos.rate-limit")
public record RateLimitProperties(Boolean enabled, Limit auth, Limit loginFailures, Limit perUser,
                                  Throttle signInThrottle) {

    public RateLimitProperties {
        enabled = enabled == null || enabled;
        auth = Limit.orDefault(auth, 100, Duration.ofMinutes(15));
        loginFailures = Limit.orDefault(loginFailures, 50, Duration.ofMinutes(15));
        perUser = Limit.orDefault(perUser, 1000, Duration.ofMinutes(1));
        signInThrottle = signInThrottle != null ? signInThrottle : new Throttle(null, null, null, null);
    }

    public record Limit(Integer requests, Duration window) {

        public Limit {
            if (requests != null && requests < 1 || window != null && !window.isPositive()) {
                throw new IllegalArgumentException("a rate limit needs requests >= 1 and a positive window");
            }
        }

        static Limit orDefault(Limit given, int requests, Duration window) {
            return given == null ? new Limit(requests, window)
                    : new Limit(given.requests() != null ? given.requests() : requests,
                    given.window() != null ? given.window() : window);
        }

        /** All {@code requests} at once, and all of them back when the window that began with the first has ended. */
        Bandwidth bandwidth() {
            return Bandwidth.builder().capacity(requests).refillIntervally(requests, window).build();
        }
    }

    /**
     * {@code freeFailures} failed sign-ins from one address for one account are free; after that each attempt
     * waits {@code firstDelay} after the last one, doubling with each further failure up to {@code maxDelay}. An
     * address's failures are forgotten {@code forgetAfter} after its last attempt, or at its next success.
     */
    public record Throttle(Integer freeFailures, Duration firstDelay, Duration maxDelay, Duration forgetAfter) {

        public Throttle {
            freeFailures = freeFailures != null ? freeFailures : 5;
            firstDelay = firstDelay != null ? firstDelay : Duration.ofSeconds(1);
            maxDelay = maxDelay != null ? maxDelay : Duration.ofMinutes(15);
            forgetAfter = forgetAfter != null ? forgetAfter : Duration.ofDays(1);
            if (freeFailures < 0 || !firstDelay.isPositive() || maxDelay.compareTo(firstDelay) < 0
                    || forgetAfter.compareTo(maxDelay) < 0) {
                throw new IllegalArgumentException("the sign-in throttle needs freeFailures >= 0 and "
                        + "0 < firstDelay <= maxDelay <= forgetAfter");
            }
        }

        /** How long an address must wait after its {@code failures}-th failure before it may try again. */
        Duration delayAfter(long failures) {
            if (failures < freeFailures) {
                return Duration.ZERO;
            }
            long doublings = Math.min(failures - freeFailures, 40);
            long millis = firstDelay.toMillis() << doublings;
            return millis <= 0 || millis > maxDelay.toMillis() ? maxDelay : Duration.ofMillis(millis);
        }
    }
}
