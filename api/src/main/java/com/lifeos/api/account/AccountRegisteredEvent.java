package com.lifeos.api.account;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import com.lifeos.api.shared.Owned;

/** An account was opened, with the roles it was granted and the calendar it judges days by. */
public record AccountRegisteredEvent(UUID userId, Set<String> roles, ZoneId timezone,
                                     DayOfWeek weekStart) implements Owned {
}
