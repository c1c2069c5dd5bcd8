package com.lifeos.query.habit;

import com.lifeos.api.habit.HabitFrequency;

import java.time.DayOfWeek;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The schedule a habit is measured against.
 *
 * <p>{@code targetPerWeek} only has meaning for {@link HabitFrequency#WEEKLY} and {@code daysOfWeek}
 * only for {@link HabitFrequency#WEEKDAYS}; for the other frequencies they are stored as given so
 * that a rhythm read back from a projection round-trips unchanged. {@code weekStart} is the user's
 * preference and decides which days are grouped together into one weekly period.
 *
 * @param frequency     how often the habit is due
 * @param targetPerWeek check-ins needed for a week to be met; 1..7 for weekly habits
 * @param daysOfWeek    due days for weekday habits (never empty there); {@code null} is read as empty
 * @param weekStart     first day of the user's week
 */
public record HabitRhythm(
        HabitFrequency frequency, int targetPerWeek, Set<DayOfWeek> daysOfWeek, DayOfWeek weekStart) {

    public HabitRhythm {
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(weekStart, "weekStart");
        if (frequency == HabitFrequency.WEEKLY && (targetPerWeek < 1 || targetPerWeek > 7)) {
            throw new IllegalArgumentException("targetPerWeek must be 1..7 for a weekly habit, was " + targetPerWeek);
        }
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (daysOfWeek != null) {
            days.addAll(daysOfWeek);
        }
        if (frequency == HabitFrequency.WEEKDAYS && days.isEmpty()) {
            throw new IllegalArgumentException("daysOfWeek must not be empty for a weekdays habit");
        }
        daysOfWeek = Collections.unmodifiableSet(days);
    }

    public static HabitRhythm daily(DayOfWeek weekStart) {
        return new HabitRhythm(HabitFrequency.DAILY, 1, Set.of(), weekStart);
    }

    public static HabitRhythm weekly(int targetPerWeek, DayOfWeek weekStart) {
        return new HabitRhythm(HabitFrequency.WEEKLY, targetPerWeek, Set.of(), weekStart);
    }

    public static HabitRhythm weekdays(Set<DayOfWeek> daysOfWeek, DayOfWeek weekStart) {
        return new HabitRhythm(HabitFrequency.WEEKDAYS, 1, daysOfWeek, weekStart);
    }

    /** Whether {@code day} is a due day; weekly habits may be checked in on any day of the week. */
    public boolean isDueOn(DayOfWeek day) {
        return frequency != HabitFrequency.WEEKDAYS || daysOfWeek.contains(day);
    }

    /** The unit a streak of this habit is counted in. */
    public StreakUnit streakUnit() {
        return frequency == HabitFrequency.WEEKLY ? StreakUnit.WEEKS : StreakUnit.DAYS;
    }
}
