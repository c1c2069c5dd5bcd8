package com.lifeos.api.project;

import java.util.UUID;

import com.lifeos.api.shared.Owned;

/** The project now serves this goal of its owner (replacing any earlier link). */
public record ProjectLinkedToGoalEvent(UUID projectId, UUID userId, UUID goalId) implements Owned {
}
