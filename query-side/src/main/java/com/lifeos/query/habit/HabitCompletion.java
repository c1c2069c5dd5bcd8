package com.lifeos.query.habit;

import com.lifeos.api.habit.HabitFrequency;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;

/** Completion rate of a habit over a date range. */
public final class HabitCompletion {

    private HabitCompletion() {
    }

    /**
     * Due and met periods of {@code rhythm} within {@code [max(from, activeSince), min(to, today)]}.
     *
     * <p>Days before the habit existed are not held against it, and days after today have not
     * happened yet. The current period (today, or this week for weekly habits) is still open, so it
     * counts as due only once it is met: an unfinished today never lowers the rate.
     *
     * <p>For weekly habits every week overlapping the clipped range is one period, and it is judged on
     * all of its check-ins up to today, including those on days outside the clipped range; a week is
     * indivisible.
     *
     * @param activeSince the earlier of the habit's creation date and its first check-in, as computed by
     *                    the caller
     * @return the counts; the rate is {@code null} when nothing was due, including for an empty range
     */
    public static Completion completion(HabitRhythm rhythm, Collection<LocalDate> checkinDates,
                                        LocalDate from, LocalDate to, LocalDate activeSince, LocalDate today) {
        Objects.requireNonNull(rhythm, "rhythm");
        LocalDate start = max(from, activeSince);
        LocalDate end = min(to, today);
        if (start.isAfter(end)) {
            return Completion.of(0, 0);
        }
        long[] days = DuePeriods.countingEpochDays(rhythm, checkinDates, today);
        return rhythm.frequency() == HabitFrequency.WEEKLY
                ? weekly(rhythm, days, start, end, today)
                : dayBased(rhythm, days, start, end, today);
    }

    private static Completion dayBased(HabitRhythm rhythm, long[] days, LocalDate start, LocalDate end,
                                       LocalDate today) {
        long startEpoch = start.toEpochDay();
        long endEpoch = end.toEpochDay();
        int met = 0;
        boolean todayMet = false;
        for (long day : days) {
            if (day >= startEpoch && day <= endEpoch) {
                met++;
                todayMet |= day == today.toEpochDay();
            }
        }
        long due = DuePeriods.countInclusive(rhythm, start, end);
        if (end.equals(today) && rhythm.isDueOn(today.getDayOfWeek()) && !todayMet) {
            due--;
        }
        return Completion.of(Math.toIntExact(due), met);
    }

    private static Completion weekly(HabitRhythm rhythm, long[] days, LocalDate start, LocalDate end,
                                     LocalDate today) {
        long firstWeek = DuePeriods.atOrAfter(rhythm, start);
        long lastWeek = DuePeriods.atOrAfter(rhythm, end);
        long openWeek = DuePeriods.atOrAfter(rhythm, today);
        int met = 0;
        boolean openWeekMet = false;
        long week = Long.MIN_VALUE;
        int inWeek = 0;
        for (long day : days) {
            long dayWeek = DuePeriods.atOrAfter(rhythm, LocalDate.ofEpochDay(day));
            if (dayWeek < firstWeek || dayWeek > lastWeek) {
                continue;
            }
            inWeek = dayWeek == week ? inWeek + 1 : 1;
            week = dayWeek;
            if (inWeek == rhythm.targetPerWeek()) {
                met++;
                openWeekMet |= week == openWeek;
            }
        }
        long due = lastWeek - firstWeek + 1;
        if (lastWeek == openWeek && !openWeekMet) {
            due--;
        }
        return Completion.of(Math.toIntExact(due), met);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
