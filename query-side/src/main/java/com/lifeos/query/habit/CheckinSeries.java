package com.lifeos.query.habit;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Check-in counts for charts. Input may mix several habits' dates, so every occurrence is counted,
 * duplicates included, and the frequency rules of individual habits do not apply.
 */
public final class CheckinSeries {

    private CheckinSeries() {
    }

    /**
     * One entry per day of {@code [from, to]}, in order, with zero for days without check-ins so a
     * chart gets an unbroken axis. Empty when {@code from} is after {@code to}. The range is
     * materialised in full, so callers bound it.
     */
    public static List<DayCount> perDay(Collection<LocalDate> checkinDates, LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            return List.of();
        }
        long first = from.toEpochDay();
        int[] counts = new int[Math.toIntExact(to.toEpochDay() - first + 1)];
        for (LocalDate date : checkinDates) {
            if (!date.isBefore(from) && !date.isAfter(to)) {
                counts[(int) (date.toEpochDay() - first)]++;
            }
        }
        List<DayCount> series = new ArrayList<>(counts.length);
        for (int i = 0; i < counts.length; i++) {
            series.add(new DayCount(from.plusDays(i), counts[i]));
        }
        return Collections.unmodifiableList(series);
    }

    /** Check-ins in {@code [from, to]} per day of the week; all seven days are present. */
    public static Map<DayOfWeek, Integer> byWeekday(Collection<LocalDate> checkinDates, LocalDate from, LocalDate to) {
        Map<DayOfWeek, Integer> counts = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            counts.put(day, 0);
        }
        for (LocalDate date : checkinDates) {
            if (!date.isBefore(from) && !date.isAfter(to)) {
                counts.merge(date.getDayOfWeek(), 1, Integer::sum);
            }
        }
        return counts;
    }
}
