package com.lifeos.api.relationship;

import java.util.UUID;

public record FindRelationshipInteractionQuery(UUID userId, UUID relationshipId, UUID interactionId) {
}
