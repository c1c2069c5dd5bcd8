package com.lifeos.app.account;

import static com.lifeos.app.account.AuthJson.errorFields;
import static com.lifeos.app.account.AuthJson.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.lifeos.app.support.Api;
import com.lifeos.app.support.ApiTestSupport;
import com.lifeos.app.support.TestUser;
import org.junit.jupiter.api.Test;

class AuthLoginTest extends ApiTestSupport {

    private Api.Response login(String email, String password) {
        return api().post("/api/auth/login", null, object("email", email, "password", password));
    }

    @Test
    void signingInWithTheRightPasswordAnswersWithTheAccountAndANewTokenPair() {
        TestUser user = newUser();

        var login = login(user.email(), user.password());

        assertThat(login.status()).isEqualTo(200);
        assertThat(login.json().path("user").path("id").asText()).isEqualTo(user.id().toString());
        assertThat(login.json().path("token_type").asText()).isEqualTo("Bearer");
        assertThat(login.json().path("expires_in").asLong()).isEqualTo(900);
        assertThat(login.json().path("refresh_token").asText()).isNotEqualTo(user.refreshToken());
        var me = api().get("/api/auth/me", login.json().path("access_token").asText());
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("email").asText()).isEqualTo(user.email());
    }

    @Test
    void theEmailMatchesInAnyCase() {
        TestUser user = newUser();

        assertThat(login("  " + user.email().toUpperCase() + " ", user.password()).status()).isEqualTo(200);
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailGetTheSameAnswer() {
        TestUser user = newUser();

        var wrongPassword = login(user.email(), "not the password");
        var unknownEmail = login("nobody-" + user.id() + "@example.org", "not the password");

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.contentType()).startsWith("application/problem+json");
        assertThat(wrongPassword.json().path("status").asInt()).isEqualTo(401);
        assertThat(unknownEmail.status()).isEqualTo(401);
        assertThat(unknownEmail.contentType()).isEqualTo(wrongPassword.contentType());
        assertThat(unknownEmail.body()).isEqualTo(wrongPassword.body());
    }

    @Test
    void aLoginWithoutPasswordIsRefusedNamingTheField() {
        var refused = api().post("/api/auth/login", null, object("email", "someone@example.org"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(errorFields(refused.json())).containsExactly("password");
    }

    @Test
    void aStaleAccessTokenSentAlongDoesNotStandInTheWayOfSigningIn() {
        TestUser user = newUser();

        var login = api().post("/api/auth/login", "not.a.token",
                object("email", user.email(), "password", user.password()));

        assertThat(login.status()).isEqualTo(200);
    }
}
