package com.lifeos.api.project;

import java.util.UUID;

import com.lifeos.api.shared.Completion;
import com.lifeos.api.shared.Owned;

/** The project reached 100 %. */
public record ProjectCompletedEvent(UUID projectId, UUID userId) implements Owned, Completion {
}
