package com.lifeos.api.account;

import java.util.UUID;

/** The person removed one of their own preferences. */
public record AccountSettingRemovedEvent(UUID userId, String key) {
}
