package com.lifeos.api.learning;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DeleteLearningSessionCommand(@TargetAggregateIdentifier UUID sessionId, UUID userId) {

    public DeleteLearningSessionCommand {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(userId, "userId");
    }
}
