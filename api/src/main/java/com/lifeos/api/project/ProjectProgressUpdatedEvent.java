package com.lifeos.api.project;

import java.util.UUID;

import com.lifeos.api.shared.Owned;
import com.lifeos.api.shared.ProgressUpdate;
import com.lifeos.api.shared.SealedText;

/** The project's progress was set to {@code progress} percent; the optional note is sealed with the owner's key. */
public record ProjectProgressUpdatedEvent(UUID projectId, UUID userId, int progress, SealedText note)
        implements Owned, ProgressUpdate {
}
