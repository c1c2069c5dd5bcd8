package com.lifeos.api.habit;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code daysOfWeek} holds three-letter day codes ("MON", "WED"), the form clients send. */
public record HabitView(UUID id, String title, String description, String category, HabitFrequency frequency,
                        Integer targetPerWeek, List<String> daysOfWeek, LocalTime reminderTime,
                        @JsonProperty("is_active") boolean isActive, int streakCount, int longestStreak,
                        Instant createdAt, Instant updatedAt) {
}
