package com.lifeos.api.account;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.UUID;

/** From now on the account's days and weeks are judged in this time zone, starting on this day. */
public record AccountSettingsChangedEvent(UUID userId, ZoneId timezone, DayOfWeek weekStart) {
}
