package com.lifeos.api.account;

import java.util.UUID;

/** The person's own preferences (everything but the calendar, which the account table holds). */
public record FindAccountPreferencesQuery(UUID userId) {
}
