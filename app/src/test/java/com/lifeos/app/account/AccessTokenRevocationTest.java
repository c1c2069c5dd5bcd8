package com.lifeos.app.account;

import static com.lifeos.app.account.AuthJson.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import com.lifeos.identity.account.Accounts;
import com.lifeos.identity.token.SecretTokens;
import com.lifeos.app.support.Api;
import com.lifeos.app.support.ApiTestSupport;
import com.lifeos.app.support.TestKeys;
import com.lifeos.app.support.TestUser;
import com.lifeos.app.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;

/**
 * A logout, a password reset or an erasure ends the account's access tokens at once, not when they expire: every
 * request checks the token's {@code token_version} against the account's. A new sign-in works straight away.
 */
class AccessTokenRevocationTest extends ApiTestSupport {

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    private Api.Response me(String accessToken) {
        return api().get("/api/auth/me", accessToken);
    }

    private Api.Response login(TestUser user, String password) {
        return api().post("/api/auth/login", null, object("email", user.email(), "password", password));
    }

    private static void assertRefused(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.header("WWW-Authenticate")).contains("invalid_token");
    }

    @Test
    void afterALogoutTheAccountsAccessTokensAreRefusedAndANewSignInWorks() {
        TestUser user = newUser();
        String otherDevice = login(user, user.password()).json().path("access_token").asText();
        assertThat(me(user.accessToken()).status()).isEqualTo(200);

        assertThat(api().post("/api/auth/logout", null, object("refresh_token", user.refreshToken())).status())
                .isEqualTo(204);

        assertRefused(me(user.accessToken()));
        assertRefused(me(otherDevice));
        assertRefused(api().get("/api/habits", user.accessToken()));
        String fresh = login(user, user.password()).json().path("access_token").asText();
        assertThat(me(fresh).status()).isEqualTo(200);
    }

    @Test
    void aLogoutWithAnUnknownRefreshTokenEndsNothing() {
        TestUser user = newUser();

        assertThat(api().post("/api/auth/logout", null, object("refresh_token", SecretTokens.newToken())).status())
                .isEqualTo(204);

        assertThat(me(user.accessToken()).status()).isEqualTo(200);
    }

    @Test
    void afterAPasswordResetTheOldAccessTokenIsRefused() {
        TestUser user = newUser();
        String link = SecretTokens.newToken();
        OffsetDateTime now = OffsetDateTime.now(TestClock.clock());
        jdbc.update("""
                        INSERT INTO password_reset_tokens (token_hash, account_id, created_at, expires_at)
                        VALUES (?, ?, ?, ?)""",
                SecretTokens.hash(link), user.id(), now, now.plusMinutes(30));

        assertThat(api().post("/api/auth/reset-password", null,
                object("token", link, "password", "a brand new password")).status()).isEqualTo(204);

        assertRefused(me(user.accessToken()));
        String fresh = login(user, "a brand new password").json().path("access_token").asText();
        assertThat(me(fresh).status()).isEqualTo(200);
    }

    @Test
    void afterAnErasureTheAccessTokenIsRefused() {
        TestUser user = newUser();

        assertThat(api().send("DELETE", "/api/account", user.accessToken(),
                object("password", user.password()), "application/json").status()).isEqualTo(204);

        assertRefused(me(user.accessToken()));
        assertRefused(api().get("/api/habits", user.accessToken()));
    }

    /** What a role change must do, and what any future way of ending a sign-in calls. */
    @Test
    void endingAnAccountsTokensRefusesThemAtTheNextRequestWhileARefreshStillGivesAWorkingOne() {
        TestUser user = newUser();

        accounts.endAccessTokens(user.id());

        assertRefused(me(user.accessToken()));
        var refreshed = api().post("/api/auth/refresh", null, object("refresh_token", user.refreshToken()));
        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(me(refreshed.json().path("access_token").asText()).status()).isEqualTo(200);
    }

    @Test
    void onlyATokenOfTheAccountsCurrentVersionIsAccepted() {
        TestUser user = newUser();
        accounts.endAccessTokens(user.id());
        accounts.endAccessTokens(user.id());

        assertRefused(me(tokenOfVersion(user, 0)));
        assertRefused(me(tokenOfVersion(user, 1)));
        assertRefused(me(tokenOfVersion(user, 3)));
        assertThat(me(tokenOfVersion(user, 2)).status()).isEqualTo(200);
    }

    private static String tokenOfVersion(TestUser user, long version) {
        Instant now = TestClock.now();
        return TestKeys.signed(JwtClaimsSet.builder()
                .issuer("lifeos").subject(user.id().toString()).issuedAt(now).expiresAt(now.plusSeconds(300))
                .claim("roles", List.of("USER")).claim("token_version", version).build());
    }
}
