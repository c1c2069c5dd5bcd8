package com.lifeos.query.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.lifeos.api.shared.Bucket;
import com.lifeos.api.shared.DateRange;

/** Which bucket a local date falls in, and every bucket a range touches, so a trend has no missing points. */
public final class Buckets {

    private Buckets() {
    }

    /** The first day of the bucket holding {@code date}; weeks begin on {@code weekStart}. */
    public static LocalDate startOf(LocalDate date, Bucket bucket, DayOfWeek weekStart) {
        return switch (bucket) {
            case DAY -> date;
            case WEEK -> LocalDays.weekStartOf(date, weekStart);
            case MONTH -> date.withDayOfMonth(1);
        };
    }

    /** The last day of the bucket that starts on {@code start}. */
    public static LocalDate endOf(LocalDate start, Bucket bucket) {
        return switch (bucket) {
            case DAY -> start;
            case WEEK -> start.plusDays(6);
            case MONTH -> start.withDayOfMonth(start.lengthOfMonth());
        };
    }

    /** The starts of every bucket that overlaps the range, oldest first; the first may begin before it. */
    public static List<LocalDate> starts(DateRange range, Bucket bucket, DayOfWeek weekStart) {
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate start = startOf(range.from(), bucket, weekStart); !start.isAfter(range.to());
             start = next(start, bucket)) {
            starts.add(start);
        }
        return starts;
    }

    private static LocalDate next(LocalDate start, Bucket bucket) {
        return switch (bucket) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
        };
    }
}
