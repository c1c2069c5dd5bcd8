package com.lifeos.identity.account;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The current instant at the precision the database keeps, so what a write returns equals what a read returns. */
public final class Now {

    private Now() {
    }

    public static Instant of(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
