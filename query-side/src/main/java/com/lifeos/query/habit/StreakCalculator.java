package com.lifeos.query.habit;

import com.lifeos.api.habit.HabitFrequency;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;

/**
 * Current and longest streaks of a habit, recomputed from the full set of check-in dates.
 *
 * <p>Recomputing from the set (rather than incrementing a counter per event) is what lets a
 * back-filled date join two runs and an undone check-in split one, with no special cases.
 * The work is one sort plus one pass over the history, independent of how many calendar days it spans.
 */
public final class StreakCalculator {

    private StreakCalculator() {
    }

    /**
     * @param rhythm       the habit's schedule
     * @param checkinDates the habit's check-in dates; duplicates and dates after {@code today} are ignored,
     *                     as are, for weekday habits, dates on non-due days
     * @param today        the user's local date, see {@link LocalDays#today}
     */
    public static Streak compute(HabitRhythm rhythm, Collection<LocalDate> checkinDates, LocalDate today) {
        Objects.requireNonNull(rhythm, "rhythm");
        Objects.requireNonNull(today, "today");
        long[] days = DuePeriods.countingEpochDays(rhythm, checkinDates, today);
        if (days.length == 0) {
            return new Streak(0, 0, rhythm.streakUnit(), null);
        }

        Runs runs = new Runs();
        if (rhythm.frequency() == HabitFrequency.WEEKLY) {
            long week = Long.MIN_VALUE;
            int inWeek = 0;
            for (long day : days) {
                long dayWeek = DuePeriods.atOrAfter(rhythm, LocalDate.ofEpochDay(day));
                inWeek = dayWeek == week ? inWeek + 1 : 1;
                week = dayWeek;
                if (inWeek == rhythm.targetPerWeek()) {
                    runs.met(week);
                }
            }
        } else {
            for (long day : days) {
                runs.met(DuePeriods.atOrAfter(rhythm, LocalDate.ofEpochDay(day)));
            }
        }

        // A streak survives while its last met period is the open one or the one just before it.
        long openPeriod = DuePeriods.atOrAfter(rhythm, today);
        int current = runs.count > 0 && runs.last >= openPeriod - 1 ? runs.length : 0;
        LocalDate lastCheckin = LocalDate.ofEpochDay(days[days.length - 1]);
        return new Streak(current, runs.longest, rhythm.streakUnit(), lastCheckin);
    }

    /** Tracks runs over met-period ordinals that arrive strictly ascending. */
    private static final class Runs {
        private int count;
        private long last;
        private int length;
        private int longest;

        void met(long period) {
            length = count > 0 && period == last + 1 ? length + 1 : 1;
            last = period;
            count++;
            longest = Math.max(longest, length);
        }
    }
}
