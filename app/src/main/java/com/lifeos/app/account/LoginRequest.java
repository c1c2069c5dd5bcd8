package com.lifeos.app.account;

import jakarta.validation.constraints.NotBlank;

/** {@code POST /api/auth/login}. */
record LoginRequest(@NotBlank String email, @NotBlank String password) {

    @Override
    public String toString() {
        return "LoginRequest[]";
    }
}
