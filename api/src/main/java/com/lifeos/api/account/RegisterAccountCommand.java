package com.lifeos.api.account;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

/** Opens the account with this id; {@code roles} are role names, and always include {@code USER}. */
public record RegisterAccountCommand(UUID userId, Set<String> roles, ZoneId timezone, DayOfWeek weekStart) {
}
