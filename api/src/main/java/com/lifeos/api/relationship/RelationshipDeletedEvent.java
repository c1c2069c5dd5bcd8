package com.lifeos.api.relationship;

import java.util.UUID;

public record RelationshipDeletedEvent(UUID relationshipId, UUID userId) {
}
