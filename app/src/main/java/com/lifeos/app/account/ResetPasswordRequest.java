package com.lifeos.app.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code POST /api/auth/reset-password}: the token from the mailed link and the new password. */
record ResetPasswordRequest(@NotBlank String token, @NotNull @Size(min = 8, max = 128) String password) {

    @Override
    public String toString() {
        return "ResetPasswordRequest[]";
    }
}
