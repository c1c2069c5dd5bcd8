package com.lifeos.query.journal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.lifeos.api.journal.JournalAnalyticsView;
import com.lifeos.api.journal.JournalAnalyticsView.TagCount;
import com.lifeos.api.journal.JournalAnalyticsView.WeekCount;
import com.lifeos.api.shared.Bucket;
import com.lifeos.api.shared.DateRange;
import com.lifeos.api.shared.UserCalendar;
import com.lifeos.query.shared.Buckets;
import com.lifeos.query.shared.DayStreaks;

/**
 * How someone writes. Over the range: entries per week (every week touching the range, starting on the user's
 * week start, counting only days inside it), the most used tags and the average length. Over the whole history
 * up to today: the current and longest runs of days with at least one entry.
 */
final class WritingAnalytics {

    static final int TOP_TAGS = 10;

    private WritingAnalytics() {
    }

    static JournalAnalyticsView of(List<EntryFacts> entries, Collection<LocalDate> allEntryDates,
                                   DateRange range, UserCalendar calendar) {
        List<EntryFacts> inRange = entries.stream().filter(entry -> range.contains(entry.date())).toList();
        List<WeekCount> perWeek = Buckets.starts(range, Bucket.WEEK, calendar.weekStart()).stream()
                .map(start -> new WeekCount(start, (int) inRange.stream()
                        .filter(entry -> Buckets.startOf(entry.date(), Bucket.WEEK, calendar.weekStart())
                                .equals(start))
                        .count()))
                .toList();
        return new JournalAnalyticsView(range.from(), range.to(), inRange.size(), perWeek,
                DayStreaks.current(allEntryDates, calendar.today()),
                DayStreaks.longest(allEntryDates, calendar.today()),
                topTags(inRange), averageLength(inRange));
    }

    /**
     * Tags counted by entry, ignoring case ("Work" and "work" are one tag, shown in its most used spelling); most
     * used first, ties by name.
     */
    static List<TagCount> topTags(List<EntryFacts> entries) {
        Map<String, Map<String, Integer>> spellings = new LinkedHashMap<>();
        for (EntryFacts entry : entries) {
            for (String tag : entry.tags()) {
                spellings.computeIfAbsent(tag.toLowerCase(Locale.ROOT), key -> new HashMap<>())
                        .merge(tag, 1, Integer::sum);
            }
        }
        return spellings.values().stream()
                .map(WritingAnalytics::tagCount)
                .sorted(Comparator.comparingInt(TagCount::entries).reversed()
                        .thenComparing(count -> count.tag().toLowerCase(Locale.ROOT))
                        .thenComparing(TagCount::tag))
                .limit(TOP_TAGS)
                .toList();
    }

    private static TagCount tagCount(Map<String, Integer> spellings) {
        String shown = spellings.entrySet().stream()
                .min(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow().getKey();
        return new TagCount(shown, spellings.values().stream().mapToInt(Integer::intValue).sum());
    }

    private static BigDecimal averageLength(List<EntryFacts> entries) {
        if (entries.isEmpty()) {
            return null;
        }
        long total = entries.stream().mapToLong(EntryFacts::length).sum();
        return BigDecimal.valueOf(total).divide(BigDecimal.valueOf(entries.size()), 1, RoundingMode.HALF_EVEN);
    }
}
