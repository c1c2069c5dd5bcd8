package com.lifeos.api.relationship;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DeleteRelationshipCommand(@TargetAggregateIdentifier UUID relationshipId, UUID userId) {

    public DeleteRelationshipCommand {
        Objects.requireNonNull(relationshipId, "relationshipId");
        Objects.requireNonNull(userId, "userId");
    }
}
