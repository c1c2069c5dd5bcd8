package com.lifeos.api.account;

import java.util.UUID;

import com.lifeos.api.shared.Owned;
import com.lifeos.api.shared.PersonalText;

/** The person set one of their own (non-secret) preferences to this value. */
public record AccountSettingChangedEvent(UUID userId, String key, @PersonalText String value) implements Owned {
}
