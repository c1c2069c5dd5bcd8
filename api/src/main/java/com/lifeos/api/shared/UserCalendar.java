package com.lifeos.api.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/** The asking user's time zone, "today" as judged in it by the caller, and the day their weeks start on. */
public record UserCalendar(ZoneId zone, LocalDate today, DayOfWeek weekStart) {

    public UserCalendar {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(weekStart, "weekStart");
    }

    /** The first day of the week that holds today (today itself on the day the user's weeks start). */
    public LocalDate currentWeekStart() {
        return today.with(TemporalAdjusters.previousOrSame(weekStart));
    }

    /**
     * "The last {@code weeks} weeks" as a person means it: the current week to date, today included, and the whole
     * weeks before it, so whatever was logged today always counts. On the first day of a week that is today and
     * {@code weeks - 1} whole weeks; on its last day, {@code weeks} whole weeks. Dates only, so a week that changes
     * the clocks is seven days like any other.
     */
    public DateRange lastWeeks(int weeks) {
        if (weeks < 1) {
            throw new IllegalArgumentException("weeks must be at least 1");
        }
        return new DateRange(currentWeekStart().minusWeeks(weeks - 1L), today);
    }
}
