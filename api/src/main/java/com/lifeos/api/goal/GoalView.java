package com.lifeos.api.goal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** {@code startDate} is null only for goals created before start dates were recorded. */
public record GoalView(UUID id, String title, String description, String category, LocalDate startDate,
                       LocalDate targetDate, int progress, GoalStatus status, GoalPriority priority, Instant createdAt,
                       Instant updatedAt) {
}
