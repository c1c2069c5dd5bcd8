package com.lifeos.api.dashboard;

import java.util.Objects;
import java.util.UUID;

import com.lifeos.api.shared.UserCalendar;

/** Today's picture for the user; money is shown in {@code currency}, the user's own. */
public record FindDashboardOverviewQuery(UUID userId, UserCalendar calendar, String currency) {

    public FindDashboardOverviewQuery {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(currency, "currency");
    }
}
