package com.lifeos.api.learning;

import java.util.UUID;

import com.lifeos.api.shared.DetailsChange;
import com.lifeos.api.shared.Owned;

/** The session's whole details after a change (not just the changed fields). */
public record LearningSessionChangedEvent(UUID sessionId, UUID userId,
                                          LearningSessionDetails details)
        implements Owned, DetailsChange<LearningSessionDetails> {
}
