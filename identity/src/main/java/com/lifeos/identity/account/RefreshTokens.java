package com.lifeos.identity.account;

import static com.lifeos.identity.account.Accounts.utc;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import com.lifeos.identity.token.JwtProperties;
import com.lifeos.identity.token.SecretTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Refresh tokens, stored as hashes. Each login starts a family; every refresh uses up the presented
 * token and hands out its successor in the same family. A used-up token shown again means two parties
 * hold it (one of them a thief), and as the server cannot tell which, the whole family dies.
 */
@Repository
class RefreshTokens {

    private static final Logger log = LoggerFactory.getLogger(RefreshTokens.class);

    private final JdbcClient jdbc;
    private final Duration ttl;

    RefreshTokens(JdbcClient jdbc, JwtProperties properties) {
        this.jdbc = jdbc;
        this.ttl = properties.refreshTokenTtl();
    }

    /** A new token in {@code family}; the returned value is the only copy of the secret. */
    String issue(UUID accountId, UUID family, Instant now) {
        return StoredSecrets.issue(jdbc.sql("""
                        INSERT INTO refresh_tokens (token_hash, account_id, family_id, issued_at, expires_at)
                        VALUES (:hash, :accountId, :family, :now, :expiresAt)""")
                .param("accountId", accountId)
                .param("family", family), now, ttl);
    }

    /**
     * Uses up the presented token. Returns its account and family when it was live; a token that was
     * already used revokes its family. The claim is one conditional update, so of two concurrent
     * refreshes with the same token exactly one succeeds.
     */
    Optional<Used> use(String presented, Instant now) {
        String hash = SecretTokens.hash(presented);
        int claimed = jdbc.sql("""
                        UPDATE refresh_tokens SET rotated_at = :now
                        WHERE token_hash = :hash AND rotated_at IS NULL AND revoked_at IS NULL AND expires_at > :now""")
                .param("hash", hash)
                .param("now", utc(now))
                .update();
        Optional<Stored> stored = find(hash);
        if (claimed == 1) {
            return stored.map(token -> new Used(token.accountId(), token.family()));
        }
        stored.filter(token -> token.rotatedAt() != null && token.revokedAt() == null).ifPresent(token -> {
            log.warn("A used refresh token of account {} was presented again; ending that sign-in", token.accountId());
            revokeFamily(token.family(), now);
        });
        return Optional.empty();
    }

    /** Ends the sign-in the presented token belongs to, and names its account; unknown tokens change nothing. */
    Optional<UUID> revokeFamilyOf(String presented, Instant now) {
        Optional<Stored> token = find(SecretTokens.hash(presented));
        token.ifPresent(known -> revokeFamily(known.family(), now));
        return token.map(Stored::accountId);
    }

    /** Ends every sign-in of the account. */
    void revokeAll(UUID accountId, Instant now) {
        StoredSecrets.ofAccount(jdbc.sql(
                "UPDATE refresh_tokens SET revoked_at = :now WHERE account_id = :accountId AND revoked_at IS NULL"),
                accountId, now);
    }

    /** Forgets the account's tokens that expired; they can no longer be used, nor be worth detecting. */
    void purgeExpired(UUID accountId, Instant now) {
        StoredSecrets.ofAccount(jdbc.sql("DELETE FROM refresh_tokens WHERE account_id = :accountId AND expires_at <= :now"),
                accountId, now);
    }

    private void revokeFamily(UUID family, Instant now) {
        jdbc.sql("UPDATE refresh_tokens SET revoked_at = :now WHERE family_id = :family AND revoked_at IS NULL")
                .param("family", family)
                .param("now", utc(now))
                .update();
    }

    private Optional<Stored> find(String hash) {
        return jdbc.sql("SELECT account_id, family_id, rotated_at, revoked_at FROM refresh_tokens WHERE token_hash = :hash")
                .param("hash", hash)
                .query((rs, n) -> new Stored(rs.getObject("account_id", UUID.class), rs.getObject("family_id", UUID.class),
                        rs.getObject("rotated_at", OffsetDateTime.class), rs.getObject("revoked_at", OffsetDateTime.class)))
                .optional();
    }

    /** A token that was live when presented: whose it was, and the sign-in its successor continues. */
    record Used(UUID accountId, UUID family) {
    }

    private record Stored(UUID accountId, UUID family, OffsetDateTime rotatedAt, OffsetDateTime revokedAt) {
    }
}
