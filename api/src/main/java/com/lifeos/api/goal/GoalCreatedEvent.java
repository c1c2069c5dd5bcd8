package com.lifeos.api.goal;

import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.api.shared.Owned;
import com.lifeos.api.shared.PersonalText;

/**
 * A new goal, active at 0 %. {@code startDate} is the day its owner started on it (null in goals created before
 * start dates were recorded: they count from their creation day).
 */
public record GoalCreatedEvent(UUID goalId, UUID userId, @PersonalText String title, @PersonalText String description,
                               @PersonalText String category, LocalDate targetDate, GoalPriority priority,
                               LocalDate startDate) implements Owned {
}
