package com.lifeos.api.journal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Writing over a range: entries per week (every week of the range, beginning on the user's week start), the
 * ten most used tags, the average length in characters (one place, null without entries) and the total; the
 * current and longest writing streaks in days over the whole history.
 */
public record JournalAnalyticsView(LocalDate from, LocalDate to, int totalEntries, List<WeekCount> entriesPerWeek,
                                   int currentStreak, int longestStreak, List<TagCount> topTags,
                                   BigDecimal averageLength) {

    public record WeekCount(LocalDate weekStart, int entries) {
    }

    public record TagCount(String tag, int entries) {
    }
}
