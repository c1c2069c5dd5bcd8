package com.lifeos.api.project;

import java.util.UUID;

/** The project now serves this goal of its owner (replacing any earlier link). */
public record ProjectLinkedToGoalEvent(UUID projectId, UUID userId, UUID goalId) {
}
