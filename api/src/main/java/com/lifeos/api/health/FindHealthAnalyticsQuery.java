package com.lifeos.api.health;

import java.util.Objects;
import java.util.UUID;

import com.lifeos.api.shared.UserCalendar;

public record FindHealthAnalyticsQuery(UUID userId, UserCalendar calendar) {

    public FindHealthAnalyticsQuery {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(calendar, "calendar");
    }
}
