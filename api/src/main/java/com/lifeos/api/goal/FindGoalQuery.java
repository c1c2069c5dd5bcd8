package com.lifeos.api.goal;

import java.util.UUID;

public record FindGoalQuery(UUID userId, UUID goalId) {
}
