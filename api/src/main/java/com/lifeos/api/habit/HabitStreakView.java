package com.lifeos.api.habit;

import java.time.LocalDate;
import java.util.UUID;

/** {@code streakUnit} is "days" for daily and weekdays habits, "weeks" for weekly ones. */
public record HabitStreakView(UUID habitId, String title, HabitFrequency frequency, int currentStreak,
                              int longestStreak, String streakUnit, LocalDate lastCheckinDate) {
}
