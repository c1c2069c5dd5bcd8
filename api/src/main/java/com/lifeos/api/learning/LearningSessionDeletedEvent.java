package com.lifeos.api.learning;

import java.util.UUID;

public record LearningSessionDeletedEvent(UUID sessionId, UUID userId) {
}
