package com.lifeos.api.journal;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DeleteJournalEntryCommand(@TargetAggregateIdentifier UUID entryId, UUID userId) {

    public DeleteJournalEntryCommand {
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(userId, "userId");
    }
}
