package com.lifeos.api.finance;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RemoveBudgetCommand(@TargetAggregateIdentifier UUID budgetId, UUID userId) {

    public RemoveBudgetCommand {
        Objects.requireNonNull(budgetId, "budgetId");
        Objects.requireNonNull(userId, "userId");
    }
}
