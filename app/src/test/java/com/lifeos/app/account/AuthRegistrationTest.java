package com.lifeos.app.account;

import static com.lifeos.app.account.AuthJson.errorFields;
import static com.lifeos.app.account.AuthJson.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.lifeos.app.support.Api;
import com.lifeos.app.support.ApiTestSupport;
import org.junit.jupiter.api.Test;

class AuthRegistrationTest extends ApiTestSupport {

    private static final String PASSWORD = "correct horse battery";

    private static String uniqueEmail() {
        return "reg-" + UUID.randomUUID() + "@example.org";
    }

    private Api.Response register(Object... fields) {
        return api().post("/api/auth/register", null, object(fields));
    }

    @Test
    void registeringAnswersWithTheAccountAndATokenPairThatOpensMe() {
        String email = uniqueEmail();
        var registered = register("email", email, "password", PASSWORD, "first_name", "Ada", "last_name", "Lovelace",
                "timezone", "Europe/London");

        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.header("Location")).isEqualTo("/api/auth/me");
        JsonNode body = registered.json();
        assertThat(body.path("token_type").asText()).isEqualTo("Bearer");
        assertThat(body.path("expires_in").asLong()).isEqualTo(900);
        assertThat(body.path("access_token").asText()).isNotBlank();
        assertThat(body.path("refresh_token").asText()).matches("[A-Za-z0-9_-]{43,}");
        JsonNode user = body.path("user");
        assertThat(user.path("email").asText()).isEqualTo(email);
        assertThat(user.path("first_name").asText()).isEqualTo("Ada");
        assertThat(user.path("last_name").asText()).isEqualTo("Lovelace");
        assertThat(user.path("avatar_url").isNull()).isTrue();
        assertThat(user.path("timezone").asText()).isEqualTo("Europe/London");
        assertThat(user.path("week_start").asText()).isEqualTo("monday");
        assertThat(user.path("roles").toString()).isEqualTo("[\"user\"]");
        assertThat(user.path("created_at").asText()).isNotBlank();
        assertThat(user.path("updated_at").asText()).isEqualTo(user.path("created_at").asText());

        var me = api().get("/api/auth/me", body.path("access_token").asText());
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json()).isEqualTo(user);
    }

    @Test
    void anAccountWithoutCalendarSettingsJudgesDaysInUtcWeeksFromMonday() {
        var registered = register("email", uniqueEmail(), "password", PASSWORD);

        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.json().path("user").path("timezone").asText()).isEqualTo("UTC");
        assertThat(registered.json().path("user").path("week_start").asText()).isEqualTo("monday");
        assertThat(registered.json().path("user").path("first_name").isNull()).isTrue();
    }

    @Test
    void theWeekStartIsAcceptedInAnyCaseOrAbbreviatedAndShownLowerCase() {
        var registered = register("email", uniqueEmail(), "password", PASSWORD, "week_start", "SUNDAY");
        var abbreviated = register("email", uniqueEmail(), "password", PASSWORD, "week_start", "Sat");

        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.json().path("user").path("week_start").asText()).isEqualTo("sunday");
        assertThat(abbreviated.status()).isEqualTo(201);
        assertThat(abbreviated.json().path("user").path("week_start").asText()).isEqualTo("saturday");
    }

    @Test
    void theEmailIsKeptLowerCaseAndCannotBeRegisteredAgainInAnotherCase() {
        String email = uniqueEmail();
        var first = register("email", email.toUpperCase(), "password", PASSWORD);
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().path("user").path("email").asText()).isEqualTo(email);

        var second = register("email", email, "password", "another password");

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.contentType()).startsWith("application/problem+json");
        assertThat(second.json().path("status").asInt()).isEqualTo(409);
    }

    @Test
    void ofConcurrentRegistrationsWithOneEmailExactlyOneSucceeds() throws Exception {
        String email = uniqueEmail();
        int attempts = 8;
        List<Callable<Integer>> registrations = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            String spelling = i % 2 == 0 ? email : email.toUpperCase();
            registrations.add(() -> register("email", spelling, "password", PASSWORD).status());
        }
        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(attempts)) {
            for (Future<Integer> status : pool.invokeAll(registrations)) {
                statuses.add(status.get());
            }
        }

        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
    }

    @Test
    void aMalformedEmailIsRefusedNamingTheField() {
        var refused = register("email", "not-an-email", "password", PASSWORD);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(errorFields(refused.json())).containsExactly("email");
    }

    @Test
    void aPasswordShorterThanEightCharactersIsRefusedNamingTheField() {
        var refused = register("email", uniqueEmail(), "password", "short12");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(errorFields(refused.json())).containsExactly("password");
    }

    @Test
    void aPasswordLongerThan128CharactersIsRefused() {
        var refused = register("email", uniqueEmail(), "password", "x".repeat(129));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(errorFields(refused.json())).containsExactly("password");
    }

    @Test
    void everyCharacterOfALongPasswordCounts() {
        // 128 characters of three UTF-8 bytes each: far beyond the 72 bytes bcrypt reads by itself
        String password = "密".repeat(127) + "a";
        String email = uniqueEmail();
        assertThat(register("email", email, "password", password).status()).isEqualTo(201);

        assertThat(api().post("/api/auth/login", null, object("email", email, "password", password)).status())
                .isEqualTo(200);
        assertThat(api().post("/api/auth/login", null,
                object("email", email, "password", "密".repeat(127) + "b")).status()).isEqualTo(401);
    }

    @Test
    void anUnknownTimeZoneIsRefusedNamingTheField() {
        var refused = register("email", uniqueEmail(), "password", PASSWORD, "timezone", "Mars/Olympus_Mons");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(errorFields(refused.json())).containsExactly("timezone");
    }

    @Test
    void aFixedOffsetIsNotATimeZone() {
        var refused = register("email", uniqueEmail(), "password", PASSWORD, "timezone", "+02:00");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(errorFields(refused.json())).containsExactly("timezone");
    }

    @Test
    void anUnknownWeekStartIsRefusedNamingTheField() {
        var refused = register("email", uniqueEmail(), "password", PASSWORD, "week_start", "FUNDAY");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(errorFields(refused.json())).containsExactly("week_start");
    }

    @Test
    void severalInvalidFieldsAreAllReported() {
        var refused = register("email", "nope", "password", "short", "timezone", "Nowhere/Land");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(errorFields(refused.json())).containsExactlyInAnyOrder("email", "password", "timezone");
    }

    @Test
    void noAnswerEverCarriesThePasswordHash() {
        String email = uniqueEmail();
        var registered = register("email", email, "password", PASSWORD);
        String token = registered.json().path("access_token").asText();
        var login = api().post("/api/auth/login", null, object("email", email, "password", PASSWORD));
        var me = api().get("/api/auth/me", token);
        var profile = api().put("/api/auth/profile", token, object("first_name", "Grace"));
        var refreshed = api().post("/api/auth/refresh", null,
                object("refresh_token", login.json().path("refresh_token").asText()));

        for (var response : List.of(registered, login, me, profile, refreshed)) {
            assertThat(response.status()).isBetween(200, 201);
            assertThat(response.body()).doesNotContain("password").doesNotContain("$2a$").doesNotContain("$2b$");
        }
    }
}
