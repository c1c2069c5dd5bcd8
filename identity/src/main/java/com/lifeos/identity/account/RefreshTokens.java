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
 * <p>
 * One exception keeps a lost answer from signing a person out: a browser reloaded while its refresh was in flight
 * never receives the successor and shows the used-up token again. Within {@code refresh-reuse-grace} of the refresh,
 * while the successor has never been used, that successor is used up in its turn and a new one handed out. Theft is
 * still caught: whichever party later shows the retired successor, or the old token once the successor was used, ends
 * the family as before.
 */
@Repository
class RefreshTokens {

    private static final Logger log = LoggerFactory.getLogger(RefreshTokens.class);

    private final JdbcClient jdbc;
    private final Duration ttl;
    private final Duration reuseGrace;

    RefreshTokens(JdbcClient jdbc, JwtProperties properties) {
        this.jdbc = jdbc;
        this.ttl = properties.refreshTokenTtl();
        this.reuseGrace = properties.refreshReuseGrace();
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
     * Uses up the presented token and hands out its successor. Empty when the token is unknown, expired or revoked,
     * or was already used (then its family is revoked, unless this is a retry of a refresh whose answer was lost).
     * Each claim is one conditional update, so of two concurrent refreshes with the same token exactly one claims it.
     */
    Optional<Rotated> rotate(String presented, Instant now) {
        String hash = SecretTokens.hash(presented);
        boolean claimed = claim(hash, now);
        Optional<Stored> stored = find(hash);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        Stored token = stored.get();
        if (claimed) {
            return Optional.of(exchange(hash, token, now));
        }
        if (token.rotatedAt() == null || token.revokedAt() != null) {
            return Optional.empty();
        }
        if (retriedInGrace(token, now) && claim(token.replacedBy(), now)) {
            log.info("A refresh of account {} was retried before its answer arrived; its unused successor is retired",
                    token.accountId());
            return Optional.of(exchange(token.replacedBy(), token, now));
        }
        log.warn("A used refresh token of account {} was presented again; ending that sign-in", token.accountId());
        revokeFamily(token.family(), now);
        return Optional.empty();
    }

    private boolean retriedInGrace(Stored token, Instant now) {
        return reuseGrace.isPositive() && token.replacedBy() != null
                && !token.rotatedAt().toInstant().plus(reuseGrace).isBefore(now);
    }

    private boolean claim(String hash, Instant now) {
        return jdbc.sql("""
                        UPDATE refresh_tokens SET rotated_at = :now
                        WHERE token_hash = :hash AND rotated_at IS NULL AND revoked_at IS NULL AND expires_at > :now""")
                .param("hash", hash)
                .param("now", utc(now))
                .update() == 1;
    }

    /** Issues the successor of the used-up token {@code usedHash} in {@code token}'s family, and records which it is. */
    private Rotated exchange(String usedHash, Stored token, Instant now) {
        String successor = issue(token.accountId(), token.family(), now);
        jdbc.sql("UPDATE refresh_tokens SET replaced_by = :successor WHERE token_hash = :hash")
                .param("successor", SecretTokens.hash(successor))
                .param("hash", usedHash)
                .update();
        return new Rotated(token.accountId(), successor);
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
        return jdbc.sql("""
                        SELECT account_id, family_id, rotated_at, revoked_at, replaced_by FROM refresh_tokens
                        WHERE token_hash = :hash""")
                .param("hash", hash)
                .query((rs, n) -> new Stored(rs.getObject("account_id", UUID.class), rs.getObject("family_id", UUID.class),
                        rs.getObject("rotated_at", OffsetDateTime.class), rs.getObject("revoked_at", OffsetDateTime.class),
                        rs.getString("replaced_by")))
                .optional();
    }

    /** A refresh that went through: whose sign-in it continues, and the successor token (its only copy). */
    record Rotated(UUID accountId, String token) {
    }

    private record Stored(UUID accountId, UUID family, OffsetDateTime rotatedAt, OffsetDateTime revokedAt,
                          String replacedBy) {
    }
}
