package com.lifeos.api.account;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.UUID;

import com.lifeos.api.shared.Owned;

/** From now on the account's days and weeks are judged in this time zone, starting on this day. */
public record AccountSettingsChangedEvent(UUID userId, ZoneId timezone, DayOfWeek weekStart) implements Owned {
}
