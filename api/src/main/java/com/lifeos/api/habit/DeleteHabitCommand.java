package com.lifeos.api.habit;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DeleteHabitCommand(@TargetAggregateIdentifier UUID habitId, UUID userId) {

    public DeleteHabitCommand {
        Objects.requireNonNull(habitId, "habitId");
        Objects.requireNonNull(userId, "userId");
    }
}
