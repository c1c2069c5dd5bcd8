package com.lifeos.identity.account;

import java.time.DayOfWeek;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * {@code PUT /api/auth/profile}. Absent (or null) fields keep their value; an empty name or avatar
 * URL removes it.
 */
public record UpdateProfileRequest(
        @Size(max = 100) String firstName,
        @Size(max = 100) String lastName,
        @Size(max = 2048) @Pattern(regexp = "\\s*|https?://\\S+", message = "must be an http(s) URL")
        String avatarUrl,
        @IanaTimeZone String timezone,
        DayOfWeek weekStart) {
}
