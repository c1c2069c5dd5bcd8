package com.lifeos.app.ratelimit;

import java.time.Duration;

/** Counts requests per key in fixed windows: in process, or in Redis so that every instance counts together. */
interface RateCounter {

    /** Adds one (when {@code increment}) and tells the window's count and how long it still runs. */
    Window count(String key, Duration window, boolean increment);

    record Window(long count, Duration remaining) {
    }
}
