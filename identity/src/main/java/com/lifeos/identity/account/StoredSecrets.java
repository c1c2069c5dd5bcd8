package com.lifeos.identity.account;

import static com.lifeos.identity.account.Accounts.utc;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.lifeos.identity.token.SecretTokens;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How the secret-token tables (refresh and password reset tokens) are written: a secret is stored only as its hash,
 * so the value {@link #issue} returns is the only copy, and an account's tokens are ended by stamping them.
 */
final class StoredSecrets {

    private StoredSecrets() {
    }

    /**
     * Runs {@code insert}, whose {@code :hash}, {@code :now} and {@code :expiresAt} this fills in for a new token
     * living {@code ttl} from {@code now}, and returns the token.
     */
    static String issue(JdbcClient.StatementSpec insert, Instant now, Duration ttl) {
        String token = SecretTokens.newToken();
        insert.param("hash", SecretTokens.hash(token))
                .param("now", utc(now))
                .param("expiresAt", utc(now.plus(ttl)))
                .update();
        return token;
    }

    /** Runs {@code statement} on the account's tokens: it names them by {@code :accountId}, and the time by {@code :now}. */
    static void ofAccount(JdbcClient.StatementSpec statement, UUID accountId, Instant now) {
        statement.param("accountId", accountId)
                .param("now", utc(now))
                .update();
    }
}
