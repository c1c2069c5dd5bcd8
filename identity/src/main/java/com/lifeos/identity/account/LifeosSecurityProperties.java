package com.lifeos.identity.account;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Account security settings besides the token keys ({@link com.lifeos.identity.token.JwtProperties}).
 *
 * @param adminEmails      accounts registered with one of these emails (any case) get the ADMIN role;
 *                         env {@code LIFEOS_ADMIN_EMAILS}, comma-separated
 * @param passwordResetTtl how long a password reset link can be used
 * @param bcryptStrength   log2 of bcrypt's rounds for password hashes (4..31); raise it as hardware gets faster
 */
@ConfigurationProperties(prefix = "lifeos.security")
public record LifeosSecurityProperties(@DefaultValue List<String> adminEmails,
                                       @DefaultValue("1h") Duration passwordResetTtl,
                                       @DefaultValue("10") int bcryptStrength) {

    public LifeosSecurityProperties {
        adminEmails = adminEmails.stream()
                .map(email -> email.strip().toLowerCase(Locale.ROOT))
                .filter(email -> !email.isEmpty())
                .distinct()
                .toList();
        if (passwordResetTtl == null || passwordResetTtl.isNegative() || passwordResetTtl.isZero()) {
            throw new IllegalArgumentException("lifeos.security.password-reset-ttl must be a positive duration");
        }
        if (bcryptStrength < 4 || bcryptStrength > 31) {
            throw new IllegalArgumentException("lifeos.security.bcrypt-strength must be between 4 and 31");
        }
    }

    /** The roles an account registered with this (already normalised) email starts with. */
    public Set<Role> initialRolesFor(String normalizedEmail) {
        return adminEmails.contains(normalizedEmail) ? Set.of(Role.USER, Role.ADMIN) : Set.of(Role.USER);
    }
}
