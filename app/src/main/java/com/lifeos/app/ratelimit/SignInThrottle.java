package com.lifeos.app.ratelimit;

import com.lifeos.shared.error.TooManyRequests;
import java.time.Clock;
import java.time.Duration;

import io.github.bucket4j.EstimationProbe;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing without ever locking the owner out. Attempts are counted per account and client address:
 * the first {@code freeFailures} failures are free, then each attempt from that address for that account must wait
 * a delay after the previous one that doubles with every further failure, up to {@code maxDelay}; a success resets
 * that address. Across all addresses an account takes {@code loginFailures} failures per window; past that ceiling an
 * address that has already failed for the account waits for the window, while an address that has not (the owner's,
 * usually) is still let through to try its password. So a guesser gets one try per fresh address, never a lockout.
 * Attempts refused here answer 429 with {@code Retry-After} and are not checked against the password at all.
 * The account is the normalised email, whether or not it exists, so the answers tell nothing about which do.
 */
@Component
public class SignInThrottle {

    private final RateBuckets buckets;
    private final SignInFailures failures;
    private final RateLimitProperties properties;
    private final Clock clock;

    SignInThrottle(RateBuckets buckets, SignInFailures failures, RateLimitProperties properties, Clock clock) {
        this.buckets = buckets;
        this.failures = failures;
        this.properties = properties;
        this.clock = clock;
    }

    /** Before checking a password: counts the attempt, or throws {@link TooManyRequests} when it must wait. */
    public void requireAttemptAllowed(String account, String clientAddress) {
        if (!properties.enabled()) {
            return;
        }
        EstimationProbe ceiling = buckets.peek(accountKey(account), properties.loginFailures());
        Duration ceilingWait = ceiling.canBeConsumed() ? Duration.ZERO
                : Duration.ofNanos(ceiling.getNanosToWaitForRefill());
        Duration wait = failures.attempt(pairKey(account, clientAddress), clock.instant(),
                properties.signInThrottle(), ceilingWait);
        if (wait.isPositive()) {
            throw new TooManyRequests(wait);
        }
    }

    public void recordSuccess(String account, String clientAddress) {
        if (properties.enabled()) {
            failures.forget(pairKey(account, clientAddress));
        }
    }

    public void recordFailure(String account) {
        if (properties.enabled()) {
            buckets.take(accountKey(account), properties.loginFailures());
        }
    }

    private static String accountKey(String account) {
        return "login-failures:" + account;
    }

    private static String pairKey(String account, String clientAddress) {
        return account + "|" + clientAddress;
    }
}
