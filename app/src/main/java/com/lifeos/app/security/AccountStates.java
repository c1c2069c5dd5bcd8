package com.lifeos.app.security;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reads accounts for the security checks; the account feature, which owns the table, implements it. */
public interface AccountStates {

    /** Empty when no such account exists (any more). */
    Optional<AccountState> current(UUID accountId);

    /** The current token version of each of these accounts that still exists, in one read. */
    Map<UUID, Long> tokenVersions(Collection<UUID> accountIds);
}
