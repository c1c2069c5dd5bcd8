package com.lifeos.api.dashboard;

import java.util.UUID;

/** The user's latest facts across every feature, newest first; at most {@code limit} (1 to 100). */
public record ListRecentActivityQuery(UUID userId, int limit) {

    public static final int MAX_LIMIT = 100;

    public ListRecentActivityQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
    }
}
