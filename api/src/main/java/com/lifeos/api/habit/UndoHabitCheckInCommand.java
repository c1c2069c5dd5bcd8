package com.lifeos.api.habit;

import java.util.Objects;
import java.util.UUID;

import com.lifeos.api.shared.Checks;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record UndoHabitCheckInCommand(@TargetAggregateIdentifier UUID habitId, UUID userId, UUID checkInId) {

    public UndoHabitCheckInCommand {
        Checks.addressed("habitId", habitId, userId);
        Objects.requireNonNull(checkInId, "checkInId");
    }
}
