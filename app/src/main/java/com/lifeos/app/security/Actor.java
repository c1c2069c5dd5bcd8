package com.lifeos.app.security;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import com.lifeos.identity.account.Role;

/**
 * The authenticated person behind a request, as controllers see it: the user id from the token
 * (never from the request), the roles it grants, and the account's current time zone and week start.
 * Controllers declare it as a method parameter; it is resolved from the validated JWT.
 */
public record Actor(UUID userId, Set<Role> roles, ZoneId zone, DayOfWeek weekStart) {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role) || roles.contains(Role.ADMIN);
    }
}
