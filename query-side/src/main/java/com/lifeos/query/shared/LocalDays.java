package com.lifeos.query.shared;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * Calendar-day helpers. Everything is tracked in the user's local days, so "today" must always be
 * derived from the user's zone, never from the server's clock zone or UTC.
 */
public final class LocalDays {

    private LocalDays() {
    }

    /** The user's calendar date at {@code now}; DST shifts change the offset, never the date mapping. */
    public static LocalDate today(Instant now, ZoneId zone) {
        return LocalDate.ofInstant(now, zone);
    }

    /** The first day of the week, beginning on {@code weekStart}, that contains {@code date}. */
    public static LocalDate weekStartOf(LocalDate date, DayOfWeek weekStart) {
        return date.with(TemporalAdjusters.previousOrSame(weekStart));
    }
}
