package com.lifeos.app.account;

import static com.lifeos.app.account.AuthJson.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.lifeos.identity.token.SecretTokens;
import com.lifeos.app.support.Api;
import com.lifeos.app.support.ApiTestSupport;
import com.lifeos.app.support.TestClock;
import com.lifeos.app.support.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class AuthRefreshTokenTest extends ApiTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    private Api.Response refresh(String refreshToken) {
        return api().post("/api/auth/refresh", null, object("refresh_token", refreshToken));
    }

    private static String token(Api.Response refreshed) {
        return refreshed.json().path("refresh_token").asText();
    }

    private Api.Response logout(String refreshToken) {
        return api().post("/api/auth/logout", null, object("refresh_token", refreshToken));
    }

    @Test
    void refreshingGivesANewPairAndTheOldTokenIsRefusedOnceTheNewOneWasUsed() {
        TestUser user = newUser();

        var refreshed = refresh(user.refreshToken());

        assertThat(refreshed.status()).isEqualTo(200);
        String newRefresh = refreshed.json().path("refresh_token").asText();
        assertThat(newRefresh).isNotBlank().isNotEqualTo(user.refreshToken());
        assertThat(refreshed.json().path("user").path("id").asText()).isEqualTo(user.id().toString());
        assertThat(refreshed.json().path("token_type").asText()).isEqualTo("Bearer");
        assertThat(api().get("/api/auth/me", refreshed.json().path("access_token").asText()).status()).isEqualTo(200);
        assertThat(refresh(newRefresh).status()).isEqualTo(200);

        var again = refresh(user.refreshToken());
        assertThat(again.status()).isEqualTo(401);
        assertThat(again.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aRotatedTokenCanItselfBeRefreshed() {
        TestUser user = newUser();
        String second = refresh(user.refreshToken()).json().path("refresh_token").asText();

        var third = refresh(second);

        assertThat(third.status()).isEqualTo(200);
    }

    @Test
    void reusingAnOldRefreshTokenEndsTheWholeSignIn() {
        TestUser user = newUser();
        String second = token(refresh(user.refreshToken()));
        String third = token(refresh(second));

        assertThat(refresh(user.refreshToken()).status()).isEqualTo(401);

        assertThat(refresh(third).status()).isEqualTo(401);
    }

    @Test
    void aRefreshWhoseAnswerWasLostCanBeRetriedWithTheSameToken() {
        TestUser user = newUser();
        String lost = token(refresh(user.refreshToken()));

        var retried = refresh(user.refreshToken());

        assertThat(retried.status()).isEqualTo(200);
        assertThat(token(retried)).isNotEqualTo(lost);
        assertThat(refresh(token(retried)).status()).isEqualTo(200);
    }

    @Test
    void theLostSuccessorShownAfterTheRetryWentOnEndsTheWholeSignIn() {
        TestUser user = newUser();
        String lost = token(refresh(user.refreshToken()));
        String retried = token(refresh(user.refreshToken()));
        String next = token(refresh(retried));

        assertThat(refresh(lost).status()).isEqualTo(401);

        assertThat(refresh(next).status()).isEqualTo(401);
    }

    @Test
    void aUsedTokenShownAgainAfterTheGraceEndsTheWholeSignIn() {
        TestUser user = newUser();
        String second = token(refresh(user.refreshToken()));
        jdbc.update("UPDATE refresh_tokens SET rotated_at = rotated_at - INTERVAL '1 minute' WHERE token_hash = ?",
                SecretTokens.hash(user.refreshToken()));

        assertThat(refresh(user.refreshToken()).status()).isEqualTo(401);

        assertThat(refresh(second).status()).isEqualTo(401);
    }

    @Test
    void reuseInOneSignInLeavesTheOthersAlone() {
        TestUser user = newUser();
        String otherDevice = api().post("/api/auth/login", null,
                object("email", user.email(), "password", user.password())).json().path("refresh_token").asText();
        refresh(token(refresh(user.refreshToken())));

        assertThat(refresh(user.refreshToken()).status()).isEqualTo(401);

        assertThat(refresh(otherDevice).status()).isEqualTo(200);
    }

    @Test
    void anExpiredRefreshTokenIsRefused() {
        TestUser user = newUser();
        String expired = SecretTokens.newToken();
        OffsetDateTime aMinuteAgo = OffsetDateTime.now(TestClock.clock()).minusMinutes(1);
        jdbc.update("""
                        INSERT INTO refresh_tokens (token_hash, account_id, family_id, issued_at, expires_at)
                        VALUES (?, ?, ?, ?, ?)""",
                SecretTokens.hash(expired), user.id(), UUID.randomUUID(), aMinuteAgo.minusDays(30), aMinuteAgo);

        var refused = refresh(expired);

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    @Test
    void refreshTokensAreStoredOnlyAsHashes() {
        TestUser user = newUser();

        var stored = jdbc.queryForList("SELECT token_hash FROM refresh_tokens WHERE account_id = ?", String.class,
                user.id());

        assertThat(stored).containsExactly(SecretTokens.hash(user.refreshToken())).doesNotContain(user.refreshToken());
    }

    @Test
    void anUnknownRefreshTokenIsRefused() {
        var refused = refresh("c29tZXRoaW5nLXRoYXQtd2FzLW5ldmVyLWlzc3VlZC1ieS1saWZlb3M");

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    @Test
    void afterLoggingOutTheRefreshTokenNoLongerWorks() {
        TestUser user = newUser();

        assertThat(logout(user.refreshToken()).status()).isEqualTo(204);

        assertThat(refresh(user.refreshToken()).status()).isEqualTo(401);
    }

    @Test
    void loggingOutEndsTheTokensThatDescendFromTheSameSignIn() {
        TestUser user = newUser();
        String second = refresh(user.refreshToken()).json().path("refresh_token").asText();

        assertThat(logout(user.refreshToken()).status()).isEqualTo(204);

        assertThat(refresh(second).status()).isEqualTo(401);
    }

    @Test
    void loggingOutWithAnUnknownTokenStillSucceeds() {
        assertThat(logout("never-issued").status()).isEqualTo(204);
    }

    @Test
    void anExpiredAccessTokenSentAlongDoesNotStandInTheWayOfRefreshing() {
        TestUser user = newUser();

        var refreshed = api().post("/api/auth/refresh", "expired.or.garbage",
                object("refresh_token", user.refreshToken()));

        assertThat(refreshed.status()).isEqualTo(200);
    }
}
