package com.lifeos.api.relationship;

import java.util.UUID;

import com.lifeos.api.shared.Deletion;
import com.lifeos.api.shared.Owned;

public record RelationshipDeletedEvent(UUID relationshipId, UUID userId) implements Owned, Deletion {
}
