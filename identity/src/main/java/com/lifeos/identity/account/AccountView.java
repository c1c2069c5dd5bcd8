package com.lifeos.identity.account;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;


/**
 * An account as its owner sees it ({@code GET /api/auth/me}); never carries a password hash or token. The week start
 * reads as in {@code /api/settings} ({@code monday}), and roles like every enum value ({@code user}, {@code auditor}).
 */
public record AccountView(UUID id, String email, String firstName, String lastName, String avatarUrl,
                          String timezone, DayOfWeek weekStart, List<Role> roles, Instant createdAt, Instant updatedAt) {

    public static AccountView of(AccountRow account) {
        return new AccountView(account.id(), account.email(), account.firstName(), account.lastName(),
                account.avatarUrl(), account.timezone().getId(), account.weekStart(),
                account.roles().stream().sorted(Comparator.comparing(Role::name)).toList(), account.createdAt(), account.updatedAt());
    }
}
