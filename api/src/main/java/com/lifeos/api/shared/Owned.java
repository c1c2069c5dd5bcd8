package com.lifeos.api.shared;

import java.util.UUID;

/**
 * A person's own fact or thing: every user-owned event (and what carries their sealed text — a command, an
 * aggregate's snapshot) says whose it is. Caches, live updates, sealing and the audit trail ask this, typed, instead
 * of looking for a {@code userId} by name; the stored JSON is the record's components and does not change.
 */
public interface Owned {

    UUID userId();
}
