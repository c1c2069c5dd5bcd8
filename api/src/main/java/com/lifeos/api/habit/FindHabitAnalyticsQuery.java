package com.lifeos.api.habit;

import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.api.shared.UserCalendar;

/** Completion and activity of the user's habits between two local dates, both included. */
public record FindHabitAnalyticsQuery(UUID userId, LocalDate from, LocalDate to, UserCalendar calendar) {

    public FindHabitAnalyticsQuery {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from must not be after to");
        }
    }
}
