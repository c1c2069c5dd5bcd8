package com.lifeos.api.project;

import java.util.UUID;

import com.lifeos.api.shared.Owned;
import com.lifeos.api.shared.StatusChange;

/** The project was put on hold, resumed (active) or cancelled by its owner. Completion has its own event. */
public record ProjectStatusChangedEvent(UUID projectId, UUID userId, ProjectStatus status)
        implements Owned, StatusChange<ProjectStatus> {
}
