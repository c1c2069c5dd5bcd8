package com.lifeos.api.goal;

import java.util.UUID;

import com.lifeos.api.shared.Checks;
import com.lifeos.api.shared.SealedText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record UpdateGoalProgressCommand(@TargetAggregateIdentifier UUID goalId, UUID userId, int progress,
                                        SealedText note) {

    public UpdateGoalProgressCommand {
        Checks.addressed("goalId", goalId, userId);
        Checks.percent("progress", progress);
    }
}
