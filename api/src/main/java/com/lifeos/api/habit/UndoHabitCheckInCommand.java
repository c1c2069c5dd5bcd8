package com.lifeos.api.habit;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record UndoHabitCheckInCommand(@TargetAggregateIdentifier UUID habitId, UUID userId, UUID checkInId) {
}
