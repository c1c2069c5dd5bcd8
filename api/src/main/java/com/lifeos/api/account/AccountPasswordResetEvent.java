package com.lifeos.api.account;

import java.util.UUID;

/** The account's password was replaced through a reset link, and every session it had was ended. */
public record AccountPasswordResetEvent(UUID userId) {
}
