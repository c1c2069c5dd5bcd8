package com.lifeos.api.project;

import java.util.UUID;

import com.lifeos.api.shared.Owned;
import com.lifeos.api.shared.Reopening;

/** A completed project's progress went below 100 % again, so it is active once more. */
public record ProjectReopenedEvent(UUID projectId, UUID userId) implements Owned, Reopening {
}
