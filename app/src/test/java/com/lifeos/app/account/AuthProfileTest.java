package com.lifeos.app.account;

import static com.lifeos.app.account.AuthJson.errorFields;
import static com.lifeos.app.account.AuthJson.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import com.lifeos.identity.account.AccountSettings;
import com.lifeos.identity.account.Accounts;
import com.lifeos.app.support.ApiTestSupport;
import com.lifeos.app.support.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AuthProfileTest extends ApiTestSupport {

    @Autowired
    Accounts accounts;

    @Test
    void aNewTimeZoneShowsInMe() {
        TestUser user = newUser();

        var updated = api().put("/api/auth/profile", user.accessToken(), object("timezone", "Asia/Tokyo"));

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().path("timezone").asText()).isEqualTo("Asia/Tokyo");
        var me = api().get("/api/auth/me", user.accessToken());
        assertThat(me.json().path("timezone").asText()).isEqualTo("Asia/Tokyo");
        assertThat(me.json()).isEqualTo(updated.json());
        assertThat(Instant.parse(me.json().path("updated_at").asText()))
                .isAfter(Instant.parse(me.json().path("created_at").asText()));
    }

    @Test
    void otherFeaturesSeeTheNewCalendarAtOnce() {
        TestUser user = newUser();

        api().put("/api/auth/profile", user.accessToken(), object("timezone", "America/Lima", "week_start", "sunday"));

        assertThat(accounts.settingsOf(user.id()))
                .contains(new AccountSettings(ZoneId.of("America/Lima"), DayOfWeek.SUNDAY));
    }

    @Test
    void fieldsLeftOutKeepTheirValues() {
        TestUser user = newUser("Europe/Berlin");

        var updated = api().put("/api/auth/profile", user.accessToken(),
                object("last_name", "Hopper", "avatar_url", "https://img.example.org/grace.png"));

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().path("first_name").asText()).isEqualTo("Test");
        assertThat(updated.json().path("last_name").asText()).isEqualTo("Hopper");
        assertThat(updated.json().path("avatar_url").asText()).isEqualTo("https://img.example.org/grace.png");
        assertThat(updated.json().path("timezone").asText()).isEqualTo("Europe/Berlin");
        assertThat(updated.json().path("week_start").asText()).isEqualTo("monday");
        assertThat(updated.json().path("email").asText()).isEqualTo(user.email());
    }

    @Test
    void anEmptyNameRemovesIt() {
        TestUser user = newUser();

        var updated = api().put("/api/auth/profile", user.accessToken(), object("first_name", ""));

        assertThat(updated.json().path("first_name").isNull()).isTrue();
    }

    @Test
    void invalidFieldsAreRefusedByName() {
        TestUser user = newUser();

        var refused = api().put("/api/auth/profile", user.accessToken(),
                object("timezone", "Atlantis/Capital", "week_start", "someday", "avatar_url", "javascript:alert(1)",
                        "first_name", "x".repeat(101)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(errorFields(refused.json()))
                .containsExactlyInAnyOrder("timezone", "week_start", "avatar_url", "first_name");
        assertThat(api().get("/api/auth/me", user.accessToken()).json().path("timezone").asText()).isEqualTo("UTC");
    }

    @Test
    void theProfileNeedsAnAccessToken() {
        var refused = api().put("/api/auth/profile", null, object("timezone", "Asia/Tokyo"));

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theAccountsKnowNothingOfUnknownAccounts() {
        assertThat(accounts.settingsOf(UUID.randomUUID())).isEmpty();
    }
}
