package com.lifeos.api.finance;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DeleteFinancialRecordCommand(@TargetAggregateIdentifier UUID recordId, UUID userId) {

    public DeleteFinancialRecordCommand {
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(userId, "userId");
    }
}
