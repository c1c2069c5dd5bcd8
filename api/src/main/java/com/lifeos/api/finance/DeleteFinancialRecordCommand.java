package com.lifeos.api.finance;

import java.util.UUID;

import com.lifeos.api.shared.Checks;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DeleteFinancialRecordCommand(@TargetAggregateIdentifier UUID recordId, UUID userId) {

    public DeleteFinancialRecordCommand {
        Checks.addressed("recordId", recordId, userId);
    }
}
