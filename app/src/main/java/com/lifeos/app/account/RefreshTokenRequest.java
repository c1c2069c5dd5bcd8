package com.lifeos.app.account;

import jakarta.validation.constraints.NotBlank;

/** {@code POST /api/auth/refresh} and {@code POST /api/auth/logout}. */
record RefreshTokenRequest(@NotBlank String refreshToken) {

    @Override
    public String toString() {
        return "RefreshTokenRequest[]";
    }
}
