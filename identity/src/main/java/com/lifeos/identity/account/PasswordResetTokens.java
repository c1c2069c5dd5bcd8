package com.lifeos.identity.account;

import static com.lifeos.identity.account.Accounts.utc;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import com.lifeos.identity.token.SecretTokens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Single-use password reset tokens, stored as hashes, valid for {@code lifeos.security.password-reset-ttl}. */
@Repository
class PasswordResetTokens {

    private final JdbcClient jdbc;
    private final Duration ttl;

    PasswordResetTokens(JdbcClient jdbc, LifeosSecurityProperties properties) {
        this.jdbc = jdbc;
        this.ttl = properties.passwordResetTtl();
    }

    /** A new token for the account; the returned value is the only copy of the secret. */
    String issue(UUID accountId, Instant now) {
        return StoredSecrets.issue(jdbc.sql("""
                        INSERT INTO password_reset_tokens (token_hash, account_id, created_at, expires_at)
                        VALUES (:hash, :accountId, :now, :expiresAt)""")
                .param("accountId", accountId), now, ttl);
    }

    /**
     * Uses up the token if it is unused and unexpired, and says whose it was. One conditional update
     * claims it, so two concurrent resets with the same link cannot both succeed.
     */
    Optional<UUID> use(String presented, Instant now) {
        String hash = SecretTokens.hash(presented);
        int claimed = jdbc.sql("""
                        UPDATE password_reset_tokens SET used_at = :now
                        WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now""")
                .param("hash", hash)
                .param("now", utc(now))
                .update();
        if (claimed == 0) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT account_id FROM password_reset_tokens WHERE token_hash = :hash")
                .param("hash", hash)
                .query(UUID.class)
                .optional();
    }

    /** Retires the account's other outstanding links once the password has been reset. */
    void retireAll(UUID accountId, Instant now) {
        StoredSecrets.ofAccount(jdbc.sql(
                "UPDATE password_reset_tokens SET used_at = :now WHERE account_id = :accountId AND used_at IS NULL"),
                accountId, now);
    }
}
