package com.lifeos.api.goal;

import java.util.UUID;

/** The goal reached 100 %. */
public record GoalCompletedEvent(UUID goalId, UUID userId) {
}
