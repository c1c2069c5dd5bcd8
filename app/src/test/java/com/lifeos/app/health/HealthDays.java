package com.lifeos.app.health;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import com.lifeos.app.support.TestClock;

/** The days the health stories are told on, for users in UTC. */
final class HealthDays {

    static final LocalDate TODAY = TestClock.today();

    private HealthDays() {
    }

    /** Noon UTC {@code daysAgo} days ago: always in the past, and on that UTC day. */
    static Instant noon(int daysAgo) {
        return TODAY.minusDays(daysAgo).atTime(12, 0).toInstant(ZoneOffset.UTC);
    }
}
