package com.lifeos.query.journal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.lifeos.api.journal.JournalMood;
import com.lifeos.api.journal.JournalMoodTrendsView;
import com.lifeos.api.journal.JournalMoodTrendsView.MoodCounts;
import com.lifeos.api.journal.JournalMoodTrendsView.Point;
import com.lifeos.api.shared.Bucket;
import com.lifeos.api.shared.DateRange;
import com.lifeos.query.shared.Buckets;

/**
 * Moods per bucket of a range. Moods score awful = 1 … great = 5; a bucket's average counts only entries with a
 * mood (two places, half-even), while {@code entries} counts them all. The first and last buckets are cut to the
 * range, so a point never claims days that were not asked about.
 */
final class MoodTrends {

    private MoodTrends() {
    }

    static JournalMoodTrendsView of(List<EntryFacts> entries, DateRange range, Bucket bucket, DayOfWeek weekStart) {
        List<Point> points = Buckets.starts(range, bucket, weekStart).stream()
                .map(start -> {
                    LocalDate from = start.isBefore(range.from()) ? range.from() : start;
                    LocalDate end = Buckets.endOf(start, bucket);
                    LocalDate to = end.isAfter(range.to()) ? range.to() : end;
                    return point(from, to, entries.stream()
                            .filter(entry -> !entry.date().isBefore(from) && !entry.date().isAfter(to))
                            .toList());
                })
                .toList();
        return new JournalMoodTrendsView(range.from(), range.to(), points);
    }

    static int score(JournalMood mood) {
        return switch (mood) {
            case AWFUL -> 1;
            case BAD -> 2;
            case OKAY -> 3;
            case GOOD -> 4;
            case GREAT -> 5;
        };
    }

    private static Point point(LocalDate from, LocalDate to, List<EntryFacts> entries) {
        Map<JournalMood, Integer> counts = new EnumMap<>(JournalMood.class);
        for (JournalMood mood : JournalMood.values()) {
            counts.put(mood, 0);
        }
        int scored = 0;
        int total = 0;
        for (EntryFacts entry : entries) {
            if (entry.mood() != null) {
                counts.merge(entry.mood(), 1, Integer::sum);
                scored++;
                total += score(entry.mood());
            }
        }
        BigDecimal average = scored == 0 ? null
                : BigDecimal.valueOf(total).divide(BigDecimal.valueOf(scored), 2, RoundingMode.HALF_EVEN);
        return new Point(from, to, entries.size(), average, new MoodCounts(counts.get(JournalMood.AWFUL),
                counts.get(JournalMood.BAD), counts.get(JournalMood.OKAY), counts.get(JournalMood.GOOD),
                counts.get(JournalMood.GREAT)));
    }
}
