package com.lifeos.api.habit;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record UndoHabitCheckInCommand(@TargetAggregateIdentifier UUID habitId, UUID userId, UUID checkInId) {

    public UndoHabitCheckInCommand {
        Objects.requireNonNull(habitId, "habitId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(checkInId, "checkInId");
    }
}
