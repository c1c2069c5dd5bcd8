package com.lifeos.api.learning;

import java.util.UUID;

import com.lifeos.api.shared.Checks;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DeleteLearningSessionCommand(@TargetAggregateIdentifier UUID sessionId, UUID userId) {

    public DeleteLearningSessionCommand {
        Checks.addressed("sessionId", sessionId, userId);
    }
}
