package com.lifeos.api.learning;

import java.util.UUID;

public record FindLearningSessionQuery(UUID userId, UUID sessionId) {
}
