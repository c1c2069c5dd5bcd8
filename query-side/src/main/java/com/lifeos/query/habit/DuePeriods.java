package com.lifeos.query.habit;

import com.lifeos.api.habit.HabitFrequency;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;

/**
 * Numbers a habit's periods so that consecutive periods get consecutive ordinals. That turns
 * "is this a run?" into {@code b == a + 1} and "how many periods lie in a range?" into a
 * subtraction, so neither streaks nor completion ever have to walk the calendar day by day.
 *
 * <ul>
 *   <li>DAILY: the ordinal is the epoch day.</li>
 *   <li>WEEKDAYS: due days are numbered in order, skipping non-due days, so Friday and the following
 *       Monday of a Monday-to-Friday habit are neighbours.</li>
 *   <li>WEEKLY: the ordinal numbers the weeks that begin on the rhythm's week start.</li>
 * </ul>
 */
final class DuePeriods {

    /** 1970-01-01 was a Thursday; shifting by three puts every Monday on a multiple of seven. */
    private static final long EPOCH_DAY_TO_MONDAY_WEEKS = 3;

    private DuePeriods() {
    }

    /**
     * Ordinal of the period containing {@code date}. For WEEKDAYS a non-due date has no period of
     * its own and gets the ordinal of the next due day, which is what both callers want: the open
     * period on a non-due today is the coming due day, and {@code atOrAfter(end + 1) - atOrAfter(start)}
     * counts the due days in {@code [start, end]}.
     */
    static long atOrAfter(HabitRhythm rhythm, LocalDate date) {
        long epochDay = date.toEpochDay();
        return switch (rhythm.frequency()) {
            case DAILY -> epochDay;
            case WEEKLY -> Math.floorDiv(weekStartEpochDay(epochDay, date.getDayOfWeek(), rhythm.weekStart()), 7);
            case WEEKDAYS -> {
                long mondayWeek = Math.floorDiv(epochDay + EPOCH_DAY_TO_MONDAY_WEEKS, 7);
                int dueBefore = 0;
                for (DayOfWeek due : rhythm.daysOfWeek()) {
                    if (due.compareTo(date.getDayOfWeek()) < 0) {
                        dueBefore++;
                    }
                }
                yield mondayWeek * rhythm.daysOfWeek().size() + dueBefore;
            }
        };
    }

    /** Number of periods from the one containing {@code start} up to and including {@code end}'s. */
    static long countInclusive(HabitRhythm rhythm, LocalDate start, LocalDate end) {
        if (rhythm.frequency() == HabitFrequency.WEEKLY) {
            return atOrAfter(rhythm, end) - atOrAfter(rhythm, start) + 1;
        }
        return atOrAfter(rhythm, end.plusDays(1)) - atOrAfter(rhythm, start);
    }

    /**
     * The distinct check-in days, as ascending epoch days, that can count for {@code rhythm}: not
     * after {@code today} and, for WEEKDAYS, on a due day. Sorting once here is what keeps every
     * caller a single linear pass.
     */
    static long[] countingEpochDays(HabitRhythm rhythm, Collection<LocalDate> checkinDates, LocalDate today) {
        long todayEpoch = today.toEpochDay();
        long[] days = new long[checkinDates.size()];
        int n = 0;
        for (LocalDate date : checkinDates) {
            long epochDay = date.toEpochDay();
            if (epochDay <= todayEpoch && rhythm.isDueOn(date.getDayOfWeek())) {
                days[n++] = epochDay;
            }
        }
        Arrays.sort(days, 0, n);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (distinct == 0 || days[distinct - 1] != days[i]) {
                days[distinct++] = days[i];
            }
        }
        return Arrays.copyOf(days, distinct);
    }

    private static long weekStartEpochDay(long epochDay, DayOfWeek day, DayOfWeek weekStart) {
        return epochDay - Math.floorMod(day.getValue() - weekStart.getValue(), 7);
    }
}
