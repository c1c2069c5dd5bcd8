package com.lifeos.shared.error;

import java.time.Duration;

/** Over a limit: answered 429 with {@code Retry-After} (whole seconds until the window ends). */
public class TooManyRequests extends RuntimeException {

    private final Duration retryAfter;

    public TooManyRequests(Duration retryAfter) {
        super("Too many requests; try again in " + seconds(retryAfter) + " seconds.");
        this.retryAfter = retryAfter;
    }

    public long retryAfterSeconds() {
        return seconds(retryAfter);
    }

    private static long seconds(Duration duration) {
        return Math.max(1, (duration.toMillis() + 999) / 1000);
    }
}
