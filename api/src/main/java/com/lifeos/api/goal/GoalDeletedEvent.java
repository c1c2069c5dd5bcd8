package com.lifeos.api.goal;

import java.util.UUID;

public record GoalDeletedEvent(UUID goalId, UUID userId) {
}
