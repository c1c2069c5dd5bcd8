package com.lifeos.app.ratelimit;

import java.time.Duration;
import java.time.Instant;

import com.lifeos.app.ratelimit.RateLimitProperties.Throttle;

/**
 * The unsuccessful sign-in attempts of one account from one client address, since its last success: in process, or
 * in Redis so that every instance sees the same. An attempt is counted when it begins (and forgotten with the rest
 * when it succeeds), so attempts sent at the same moment cannot slip past the delay together.
 */
interface SignInFailures {

    /**
     * Counts an attempt for {@code key} and answers {@link Duration#ZERO}, or refuses it without counting and
     * answers how long to wait: while the delay after its last attempt runs (see {@link Throttle#delayAfter}), or
     * while {@code accountCeilingWait} is positive and this address has failed for the account before.
     */
    Duration attempt(String key, Instant now, Throttle throttle, Duration accountCeilingWait);

    void forget(String key);
}
