package com.lifeos.api.finance;

import java.util.UUID;

import com.lifeos.api.shared.Checks;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RemoveBudgetCommand(@TargetAggregateIdentifier UUID budgetId, UUID userId) {

    public RemoveBudgetCommand {
        Checks.addressed("budgetId", budgetId, userId);
    }
}
