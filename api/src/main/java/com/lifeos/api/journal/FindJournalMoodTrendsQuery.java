package com.lifeos.api.journal;

import java.time.DayOfWeek;
import java.util.Objects;
import java.util.UUID;

import com.lifeos.api.shared.Bucket;
import com.lifeos.api.shared.DateRange;

/** The user's moods over a range of entry dates, per day, per week (beginning on {@code weekStart}) or per month. */
public record FindJournalMoodTrendsQuery(UUID userId, DateRange range, Bucket bucket, DayOfWeek weekStart) {

    public FindJournalMoodTrendsQuery {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(weekStart, "weekStart");
    }
}
