package com.lifeos.api.relationship;

import java.util.UUID;

import com.lifeos.api.shared.DetailsChange;
import com.lifeos.api.shared.Owned;

/** The relationship's whole details after a change (not just the changed fields). */
public record RelationshipChangedEvent(UUID relationshipId, UUID userId, RelationshipDetails details)
        implements Owned, DetailsChange<RelationshipDetails> {
}
