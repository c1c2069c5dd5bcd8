package com.lifeos.query.time;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.lifeos.api.shared.DateRange;
import com.lifeos.api.time.TimeAnalyticsView;
import com.lifeos.api.time.TimeAnalyticsView.CategoryMinutes;
import com.lifeos.api.time.TimeAnalyticsView.DayMinutes;
import com.lifeos.api.time.TimeAnalyticsView.Overlap;
import com.lifeos.api.time.TimeEntryTiming;

/**
 * Where the minutes of a range of local days went: per category, per day, and which entries overlap. Entries with
 * times count the minutes they spend on each local day of the range (see {@link LocalHours}); a duration alone
 * counts on its date.
 */
final class TimeAnalytics {

    static final String UNCATEGORIZED = "uncategorized";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private TimeAnalytics() {
    }

    static TimeAnalyticsView of(List<TimeFacts> entries, DateRange range, ZoneId zone) {
        Instant from = range.from().atStartOfDay(zone).toInstant();
        Instant to = range.to().plusDays(1).atStartOfDay(zone).toInstant();
        Map<LocalDate, Long> byDay = new LinkedHashMap<>();
        for (LocalDate day = range.from(); !day.isAfter(range.to()); day = day.plusDays(1)) {
            byDay.put(day, 0L);
        }
        Map<String, Long> byCategory = new HashMap<>();
        for (TimeFacts entry : entries) {
            String category = entry.category() != null ? entry.category() : UNCATEGORIZED;
            if (entry.timed()) {
                for (LocalHours.Piece piece : LocalHours.of(entry, zone, from, to)) {
                    byDay.merge(piece.hour().toLocalDate(), piece.minutes(), Long::sum);
                    byCategory.merge(category, piece.minutes(), Long::sum);
                }
            } else if (range.contains(entry.date())) {
                byDay.merge(entry.date(), (long) entry.durationMinutes(), Long::sum);
                byCategory.merge(category, (long) entry.durationMinutes(), Long::sum);
            }
        }
        long total = byDay.values().stream().mapToLong(Long::longValue).sum();
        List<CategoryMinutes> categories = byCategory.entrySet().stream()
                .filter(category -> category.getValue() > 0)
                .map(category -> new CategoryMinutes(category.getKey(), category.getValue(),
                        share(category.getValue(), total)))
                .sorted(Comparator.comparingLong(CategoryMinutes::minutes).reversed()
                        .thenComparing(CategoryMinutes::category))
                .toList();
        List<DayMinutes> days = byDay.entrySet().stream()
                .map(day -> new DayMinutes(day.getKey(), day.getValue()))
                .toList();
        return new TimeAnalyticsView(range.from(), range.to(), total, categories, days, overlaps(entries, from, to));
    }

    /** Every pair of entries with times whose [start, end) intervals intersect, when the overlap begins in range. */
    static List<Overlap> overlaps(List<TimeFacts> entries, Instant from, Instant to) {
        List<TimeFacts> timed = entries.stream().filter(TimeFacts::timed)
                .sorted(Comparator.comparing(TimeFacts::start).thenComparing(TimeFacts::id))
                .toList();
        List<Overlap> overlaps = new ArrayList<>();
        for (int i = 0; i < timed.size(); i++) {
            TimeFacts first = timed.get(i);
            for (int j = i + 1; j < timed.size() && timed.get(j).start().isBefore(first.end()); j++) {
                TimeFacts second = timed.get(j);
                Instant start = second.start();
                Instant end = first.end().isBefore(second.end()) ? first.end() : second.end();
                if (!start.isBefore(from) && start.isBefore(to)) {
                    overlaps.add(new Overlap(first.id(), second.id(), start, end,
                            TimeEntryTiming.wholeMinutes(start, end)));
                }
            }
        }
        overlaps.sort(Comparator.comparing(Overlap::start).thenComparing(Overlap::firstId)
                .thenComparing(Overlap::secondId));
        return overlaps;
    }

    private static BigDecimal share(long minutes, long total) {
        return BigDecimal.valueOf(minutes).multiply(HUNDRED).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_EVEN);
    }
}
