package com.lifeos.app.account;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.lifeos.app.security.AccountState;
import com.lifeos.app.security.AccountStates;
import com.lifeos.app.security.Actor;
import com.lifeos.app.security.Role;

import org.springframework.stereotype.Component;

/**
 * Looks up accounts for other features: the calendar (zone and week start) a user's days are judged
 * in, and what the security checks need of an account. Always the current values, read from the account
 * table, so a profile change, a role change or an ended token applies at once.
 */
@Component
public class AccountDirectory implements AccountStates {

    private final Accounts accounts;

    AccountDirectory(Accounts accounts) {
        this.accounts = accounts;
    }

    /** Empty when no such account exists (any more). */
    public Optional<AccountSettings> settingsOf(UUID userId) {
        return accounts.settingsOf(userId);
    }

    /** The person acting with these roles, with their account's calendar as it is now; empty when the account is gone. */
    public Optional<Actor> actor(UUID userId, Set<Role> roles) {
        return settingsOf(userId).map(settings -> new Actor(userId, roles, settings.zone(), settings.weekStart()));
    }

    @Override
    public Optional<AccountState> current(UUID accountId) {
        return accounts.state(accountId);
    }

    @Override
    public Map<UUID, Long> tokenVersions(Collection<UUID> accountIds) {
        return accounts.tokenVersions(accountIds);
    }

    Optional<AccountRow> find(UUID userId) {
        return accounts.find(userId);
    }
}
