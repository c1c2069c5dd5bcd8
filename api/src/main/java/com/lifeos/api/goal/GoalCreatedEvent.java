package com.lifeos.api.goal;

import java.time.LocalDate;
import java.util.UUID;

public record GoalCreatedEvent(UUID goalId, UUID userId, String title, String description, String category,
                               LocalDate targetDate, GoalPriority priority) {
}
