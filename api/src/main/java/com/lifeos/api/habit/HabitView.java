package com.lifeos.api.habit;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code daysOfWeek} holds the days of a weekdays habit, in week order (empty for the other frequencies). */
public record HabitView(UUID id, String title, String description, String category, HabitFrequency frequency,
                        Integer targetPerWeek, List<DayOfWeek> daysOfWeek, LocalTime reminderTime,
                        @JsonProperty("is_active") boolean isActive, int streakCount, int longestStreak,
                        Instant createdAt, Instant updatedAt) {
}
