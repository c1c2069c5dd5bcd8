package com.lifeos.api.goal;

import java.util.Objects;
import java.util.UUID;

import com.lifeos.api.shared.SealedText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record UpdateGoalProgressCommand(@TargetAggregateIdentifier UUID goalId, UUID userId, int progress,
                                        SealedText note) {

    public UpdateGoalProgressCommand {
        Objects.requireNonNull(goalId, "goalId");
        Objects.requireNonNull(userId, "userId");
        if (progress < 0 || progress > 100) {
            throw new IllegalArgumentException("progress must be between 0 and 100");
        }
    }
}
