package com.lifeos.api.learning;

import java.util.Objects;
import java.util.UUID;

import com.lifeos.api.shared.DateRange;
import com.lifeos.api.shared.UserCalendar;

/** Learning time over a range of the user's local dates, and their streak as of their today. */
public record FindLearningAnalyticsQuery(UUID userId, DateRange range, UserCalendar calendar) {

    public FindLearningAnalyticsQuery {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(calendar, "calendar");
    }
}
