package com.lifeos.identity.account;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;


/** An account as stored in {@code accounts}, without its password hash. */
public record AccountRow(UUID id, String email, String firstName, String lastName, String avatarUrl,
                         ZoneId timezone, DayOfWeek weekStart, Set<Role> roles, Instant createdAt, Instant updatedAt) {

    public AccountRow {
        roles = Set.copyOf(roles);
    }

    AccountRow withRoles(Set<Role> granted) {
        return new AccountRow(id, email, firstName, lastName, avatarUrl, timezone, weekStart, granted, createdAt,
                updatedAt);
    }

    AccountSettings settings() {
        return new AccountSettings(timezone, weekStart);
    }
}
