package com.lifeos.api.time;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DeleteTimeEntryCommand(@TargetAggregateIdentifier UUID entryId, UUID userId) {

    public DeleteTimeEntryCommand {
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(userId, "userId");
    }
}
