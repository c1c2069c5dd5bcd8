package com.lifeos.app.account;

import jakarta.validation.constraints.NotBlank;

/** {@code DELETE /api/account}: the password, asked again because erasure cannot be undone. */
record EraseAccountRequest(@NotBlank String password) {
}
