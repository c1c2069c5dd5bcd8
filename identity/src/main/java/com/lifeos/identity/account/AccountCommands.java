package com.lifeos.identity.account;

import java.util.UUID;

/**
 * Sends account commands and waits for them to be handled, as the account itself: the acting user is the account's
 * id even where no one is signed in yet (registration, password reset). Called inside the caller's Spring
 * transaction, so the events are appended together with the table changes, or not at all; it does not wait for
 * projections, which inside an open transaction could not see the events before a timeout, and the account API reads
 * its own tables anyway. The application implements it, as the metadata every message carries is its concern.
 */
public interface AccountCommands {

    void send(UUID accountId, Object command);
}
