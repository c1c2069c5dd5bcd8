package com.lifeos.api.account;

import java.util.UUID;

import com.lifeos.api.shared.Owned;

/** The account's password was replaced through a reset link, and every session it had was ended. */
public record AccountPasswordResetEvent(UUID userId) implements Owned {
}
