package com.lifeos.api.relationship;

import java.util.UUID;

/**
 * All of the user's relationships, narrowed to one {@code relationshipType} (ignoring case) when present.
 * Not paged here: the list is ordered by contact name, which only the edge can read (it is sealed), so the
 * edge orders and pages it.
 */
public record ListRelationshipsQuery(UUID userId, String relationshipType) {
}
