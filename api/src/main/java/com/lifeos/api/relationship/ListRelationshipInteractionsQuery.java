package com.lifeos.api.relationship;

import java.util.UUID;

/** The interactions with one of the user's relationships, newest first; empty when the relationship is not theirs. */
public record ListRelationshipInteractionsQuery(UUID userId, UUID relationshipId) {
}
