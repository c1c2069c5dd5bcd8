package com.lifeos.api.goal;

import java.util.UUID;

import com.lifeos.api.shared.Checks;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DeleteGoalCommand(@TargetAggregateIdentifier UUID goalId, UUID userId) {

    public DeleteGoalCommand {
        Checks.addressed("goalId", goalId, userId);
    }
}
