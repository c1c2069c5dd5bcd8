package com.lifeos.api.relationship;

import java.util.UUID;

import com.lifeos.api.shared.Checks;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DeleteRelationshipCommand(@TargetAggregateIdentifier UUID relationshipId, UUID userId) {

    public DeleteRelationshipCommand {
        Checks.addressed("relationshipId", relationshipId, userId);
    }
}
