package com.lifeos.api.dashboard;

import java.util.Objects;
import java.util.UUID;

import com.lifeos.api.shared.UserCalendar;

/** The next useful things to do today, ranked; at most {@code limit}. */
public record FindQuickActionsQuery(UUID userId, UserCalendar calendar, String currency, int limit) {

    public static final int MAX_LIMIT = 20;

    public FindQuickActionsQuery {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(currency, "currency");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
    }
}
