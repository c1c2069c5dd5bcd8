package com.lifeos.api.goal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record GoalView(UUID id, String title, String description, String category, LocalDate targetDate,
                       int progress, GoalStatus status, GoalPriority priority, Instant createdAt,
                       Instant updatedAt) {
}
