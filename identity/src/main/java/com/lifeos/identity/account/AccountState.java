package com.lifeos.identity.account;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Set;

/**
 * An account as a request needs it, read afresh for every request: the token version its access tokens must carry,
 * the roles it holds now, and its calendar.
 */
public record AccountState(long tokenVersion, Set<Role> roles, ZoneId zone, DayOfWeek weekStart) {

    public AccountState {
        roles = Set.copyOf(roles);
    }
}
