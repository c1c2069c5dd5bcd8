package com.lifeos.api.relationship;

import java.util.Objects;
import java.util.UUID;

import com.lifeos.api.shared.UserCalendar;

/** The user's contacts that are overdue or due within {@code days} (0–365) of their today. */
public record FindRelationshipRemindersQuery(UUID userId, UserCalendar calendar, int days) {

    public static final int MAX_DAYS = 365;

    public FindRelationshipRemindersQuery {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(calendar, "calendar");
        if (days < 0 || days > MAX_DAYS) {
            throw new IllegalArgumentException("days must be between 0 and " + MAX_DAYS);
        }
    }
}
