package com.lifeos.api.project;

import java.util.UUID;

import com.lifeos.api.shared.Owned;

/** The project no longer serves the goal it was linked to. */
public record ProjectUnlinkedFromGoalEvent(UUID projectId, UUID userId, UUID goalId) implements Owned {
}
