package com.lifeos.api.habit;

import java.util.UUID;

import com.lifeos.api.shared.Checks;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DeleteHabitCommand(@TargetAggregateIdentifier UUID habitId, UUID userId) {

    public DeleteHabitCommand {
        Checks.addressed("habitId", habitId, userId);
    }
}
