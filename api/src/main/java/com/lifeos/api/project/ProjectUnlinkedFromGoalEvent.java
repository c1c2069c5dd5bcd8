package com.lifeos.api.project;

import java.util.UUID;

/** The project no longer serves the goal it was linked to. */
public record ProjectUnlinkedFromGoalEvent(UUID projectId, UUID userId, UUID goalId) {
}
