package com.lifeos.api.goal;

import java.time.LocalDate;
import java.util.UUID;

/** The goal's details after a change (all of them, not only the changed ones). */
public record GoalChangedEvent(UUID goalId, UUID userId, String title, String description, String category,
                               LocalDate targetDate, GoalPriority priority) {
}
