package com.lifeos.api.relationship;

import java.util.UUID;

public record FindRelationshipQuery(UUID userId, UUID relationshipId) {
}
