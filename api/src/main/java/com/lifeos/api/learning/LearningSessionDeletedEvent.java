package com.lifeos.api.learning;

import java.util.UUID;

import com.lifeos.api.shared.Deletion;
import com.lifeos.api.shared.Owned;

public record LearningSessionDeletedEvent(UUID sessionId, UUID userId) implements Owned, Deletion {
}
