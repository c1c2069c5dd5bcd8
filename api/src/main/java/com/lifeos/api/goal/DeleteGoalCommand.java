package com.lifeos.api.goal;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DeleteGoalCommand(@TargetAggregateIdentifier UUID goalId, UUID userId) {

    public DeleteGoalCommand {
        Objects.requireNonNull(goalId, "goalId");
        Objects.requireNonNull(userId, "userId");
    }
}
