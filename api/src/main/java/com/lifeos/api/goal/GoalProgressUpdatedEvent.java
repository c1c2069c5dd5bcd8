package com.lifeos.api.goal;

import java.util.UUID;

import com.lifeos.api.shared.Owned;
import com.lifeos.api.shared.ProgressUpdate;
import com.lifeos.api.shared.SealedText;

/** The goal's progress was set to {@code progress} percent; the optional note is sealed with the owner's key. */
public record GoalProgressUpdatedEvent(UUID goalId, UUID userId, int progress, SealedText note)
        implements Owned, ProgressUpdate {
}
