package com.lifeos.app.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

/** {@code POST /api/auth/forgot-password}. */
record ForgotPasswordRequest(@NotBlank @Email String email) {
}
