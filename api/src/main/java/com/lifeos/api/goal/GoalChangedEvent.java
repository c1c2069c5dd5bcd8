package com.lifeos.api.goal;

import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.api.shared.Owned;
import com.lifeos.api.shared.PersonalText;

/**
 * The goal's details after a change (all of them, not only the changed ones). {@code startDate} is null when the
 * goal has none recorded (events stored before start dates existed).
 */
public record GoalChangedEvent(UUID goalId, UUID userId, @PersonalText String title, @PersonalText String description,
                               @PersonalText String category, LocalDate targetDate, GoalPriority priority,
                               LocalDate startDate) implements Owned {
}
