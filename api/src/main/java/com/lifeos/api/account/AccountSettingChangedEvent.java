package com.lifeos.api.account;

import java.util.UUID;

/** The person set one of their own (non-secret) preferences to this value. */
public record AccountSettingChangedEvent(UUID userId, String key, String value) {
}
