package com.lifeos.api.goal;

import java.util.UUID;

public record FindGoalProgressHistoryQuery(UUID userId, UUID goalId) {
}
