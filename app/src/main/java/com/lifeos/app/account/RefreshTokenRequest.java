package com.lifeos.app.account;

import jakarta.validation.constraints.NotBlank;

/**
 * {@code POST /api/auth/refresh} and {@code POST /api/auth/logout} of an API client; a browser sends no body, its
 * token is a cookie. Checked by {@link BrowserSessions}, which knows which kind of client asks.
 */
record RefreshTokenRequest(@NotBlank String refreshToken) {

    @Override
    public String toString() {
        return "RefreshTokenRequest[]";
    }
}
