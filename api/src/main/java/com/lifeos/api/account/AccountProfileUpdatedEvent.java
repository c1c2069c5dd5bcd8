package com.lifeos.api.account;

import java.util.UUID;

import com.lifeos.api.shared.Owned;

/** The person changed their name or avatar; what they changed it to is personal data and not recorded here. */
public record AccountProfileUpdatedEvent(UUID userId) implements Owned {
}
