package com.lifeos.identity.account;

import java.time.DayOfWeek;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code POST /api/auth/register}; time zone defaults to UTC, week start to Monday. */
public record RegisterRequest(
        @NotBlank @Email @Size(max = 254) String email,
        @NotNull @Size(min = 8, max = 128) String password,
        @Size(max = 100) String firstName,
        @Size(max = 100) String lastName,
        @IanaTimeZone String timezone,
        DayOfWeek weekStart) {

    @Override
    public String toString() {
        return "RegisterRequest[timezone=" + timezone + ", weekStart=" + weekStart + "]";
    }
}
