package com.lifeos.api.dashboard;

import java.util.Objects;
import java.util.UUID;

import com.lifeos.api.shared.DateRange;
import com.lifeos.api.shared.UserCalendar;

/**
 * Scores over a range of the user's local dates; money is judged in {@code currency}, the user's own, and
 * learning against {@code learningMinutesPerWeek}, the user's weekly aim.
 */
public record FindDashboardMetricsQuery(UUID userId, DateRange range, UserCalendar calendar, String currency,
                                        int learningMinutesPerWeek) {

    public FindDashboardMetricsQuery {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(currency, "currency");
        if (learningMinutesPerWeek < 1) {
            throw new IllegalArgumentException("learningMinutesPerWeek must be positive");
        }
    }
}
