package com.lifeos.api.journal;

import java.util.UUID;

import com.lifeos.api.shared.Checks;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DeleteJournalEntryCommand(@TargetAggregateIdentifier UUID entryId, UUID userId) {

    public DeleteJournalEntryCommand {
        Checks.addressed("entryId", entryId, userId);
    }
}
