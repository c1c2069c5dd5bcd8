package com.lifeos.api.ai;

import java.util.Objects;
import java.util.UUID;

/** The user's accepted suggestions, latest first, at most {@code limit}. */
public record FindAcceptedSuggestionsQuery(UUID userId, int limit) {

    public FindAcceptedSuggestionsQuery {
        Objects.requireNonNull(userId, "userId");
        if (limit < 1 || limit > 100) {
            throw new IllegalArgumentException("limit must be between 1 and 100");
        }
    }
}
