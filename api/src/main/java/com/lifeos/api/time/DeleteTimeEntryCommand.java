package com.lifeos.api.time;

import java.util.UUID;

import com.lifeos.api.shared.Checks;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DeleteTimeEntryCommand(@TargetAggregateIdentifier UUID entryId, UUID userId) {

    public DeleteTimeEntryCommand {
        Checks.addressed("entryId", entryId, userId);
    }
}
