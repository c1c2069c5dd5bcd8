package com.lifeos.api.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/** The asking user's time zone, "today" as judged in it by the caller, and the day their weeks start on. */
public record UserCalendar(ZoneId zone, LocalDate today, DayOfWeek weekStart) {

    public UserCalendar {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(weekStart, "weekStart");
    }
}
