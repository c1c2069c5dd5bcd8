package com.lifeos.api.journal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One point per bucket of the range, oldest first, none missing, the first and last cut to the range.
 * {@code entries} counts every entry of the bucket; {@code averageMood} (awful = 1 … great = 5, two places) only
 * those with a mood, null when none has one.
 */
public record JournalMoodTrendsView(LocalDate from, LocalDate to, List<Point> points) {

    public record Point(LocalDate start, LocalDate end, int entries, BigDecimal averageMood, MoodCounts moods) {
    }

    public record MoodCounts(int awful, int bad, int okay, int good, int great) {
    }
}
