package com.lifeos.api.account;

import java.util.UUID;

import com.lifeos.api.shared.Owned;

/** The person removed one of their own preferences. */
public record AccountSettingRemovedEvent(UUID userId, String key) implements Owned {
}
