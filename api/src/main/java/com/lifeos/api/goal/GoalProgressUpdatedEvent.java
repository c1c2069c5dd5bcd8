package com.lifeos.api.goal;

import java.util.UUID;

/** The goal's progress was set to {@code progress} percent. */
public record GoalProgressUpdatedEvent(UUID goalId, UUID userId, int progress) {
}
