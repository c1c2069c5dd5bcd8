package com.lifeos.query.time;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.lifeos.api.shared.DateRange;
import com.lifeos.api.time.TimeProductivityView;
import com.lifeos.api.time.TimeProductivityView.HourScore;
import com.lifeos.api.time.TimeProductivityView.WeekdayScore;

/**
 * The productivity score of a range of local days, averaged with each entry weighted by its minutes: per local
 * hour of day (the minutes an entry with times spends in that hour, see {@link LocalHours}) and per weekday (its
 * minutes on each local day; a duration alone counts all its minutes on its date's weekday). Unscored entries
 * are left out.
 */
final class TimeProductivity {

    private static final int HOURS = 24;

    private TimeProductivity() {
    }

    static TimeProductivityView of(List<TimeFacts> entries, DateRange range, ZoneId zone) {
        Instant from = range.from().atStartOfDay(zone).toInstant();
        Instant to = range.to().plusDays(1).atStartOfDay(zone).toInstant();
        Weights byHour = new Weights(HOURS);
        Weights byWeekday = new Weights(DayOfWeek.values().length);
        for (TimeFacts entry : entries) {
            if (entry.score() == null) {
                continue;
            }
            if (entry.timed()) {
                for (LocalHours.Piece piece : LocalHours.of(entry, zone, from, to)) {
                    byHour.add(piece.hour().getHour(), piece.minutes(), entry.score());
                    byWeekday.add(piece.hour().getDayOfWeek().ordinal(), piece.minutes(), entry.score());
                }
            } else if (range.contains(entry.date())) {
                byWeekday.add(entry.date().getDayOfWeek().ordinal(), entry.durationMinutes(), entry.score());
            }
        }
        List<HourScore> hours = new ArrayList<>();
        Integer most = null;
        Integer least = null;
        for (int hour = 0; hour < HOURS; hour++) {
            BigDecimal average = byHour.average(hour);
            hours.add(new HourScore(hour, byHour.minutes[hour], average));
            if (average != null) {
                most = most == null || average.compareTo(byHour.average(most)) > 0 ? Integer.valueOf(hour) : most;
                least = least == null || average.compareTo(byHour.average(least)) < 0 ? Integer.valueOf(hour) : least;
            }
        }
        List<WeekdayScore> weekdays = new ArrayList<>();
        for (DayOfWeek weekday : DayOfWeek.values()) {
            weekdays.add(new WeekdayScore(weekday, byWeekday.minutes[weekday.ordinal()],
                    byWeekday.average(weekday.ordinal())));
        }
        return new TimeProductivityView(range.from(), range.to(), hours, weekdays, most, least);
    }

    /** Minutes and score x minutes per bucket, so the weighted mean is one division at the end. */
    private static final class Weights {

        private final long[] minutes;
        private final long[] scoreMinutes;

        Weights(int buckets) {
            minutes = new long[buckets];
            scoreMinutes = new long[buckets];
        }

        void add(int bucket, long minutesSpent, int score) {
            minutes[bucket] += minutesSpent;
            scoreMinutes[bucket] += minutesSpent * score;
        }

        BigDecimal average(int bucket) {
            return minutes[bucket] == 0 ? null
                    : BigDecimal.valueOf(scoreMinutes[bucket]).divide(BigDecimal.valueOf(minutes[bucket]), 2,
                    RoundingMode.HALF_EVEN);
        }
    }
}
