package com.lifeos.api.journal;

import java.util.Objects;
import java.util.UUID;

import com.lifeos.api.shared.DateRange;
import com.lifeos.api.shared.UserCalendar;

/**
 * How the user writes over a range of entry dates; the streaks look at every entry up to the calendar's today,
 * since a streak is a run in the whole history, not in a window of it.
 */
public record FindJournalAnalyticsQuery(UUID userId, DateRange range, UserCalendar calendar) {

    public FindJournalAnalyticsQuery {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(calendar, "calendar");
    }
}
