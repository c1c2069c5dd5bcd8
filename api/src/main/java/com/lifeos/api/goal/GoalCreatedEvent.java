package com.lifeos.api.goal;

import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.api.shared.PersonalText;

public record GoalCreatedEvent(UUID goalId, UUID userId, @PersonalText String title, @PersonalText String description,
                               @PersonalText String category, LocalDate targetDate, GoalPriority priority) {
}
