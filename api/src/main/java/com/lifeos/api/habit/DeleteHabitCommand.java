package com.lifeos.api.habit;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DeleteHabitCommand(@TargetAggregateIdentifier UUID habitId, UUID userId) {
}
