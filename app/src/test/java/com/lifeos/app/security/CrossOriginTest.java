package com.lifeos.app.security;

import com.lifeos.app.support.Api;
import com.lifeos.app.support.ApiTestSupport;
import com.lifeos.app.support.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Browser pages on other origins, with {@code lifeos.web.allowed-origins} listing a development server and a pattern:
 * those may call the API and open the live socket, every other origin is refused, and the preflight never needs a
 * token. (The default, no origin listed, is {@link CrossOriginDefaultTest}.)
 */
@DirtiesContext
@TestPropertySource(properties = "lifeos.test.database=cors")
class CrossOriginTest extends ApiTestSupport {

    private static final String SPA = "http://localhost:5173";
    private static final String ELSEWHERE = "https://evil.example.net";

    /** A configuration of its own, so a database of its own. */
    @DynamicPropertySource
    static void allowedOrigins(DynamicPropertyRegistry registry) {
        registry.add("lifeos.web.allowed-origins", () -> SPA + "/, https://*.example.org");
    }

    @Test
    void aPreflightFromAnAllowedOriginIsAnsweredWithoutAToken() {
        Api.Response preflight = new BrowserClient(port, SPA)
                .preflight("/api/habits", "PATCH", "authorization,content-type,x-request-id");

        assertThat(preflight.status()).isIn(200, 204);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo(SPA);
        assertThat(preflight.header("Access-Control-Allow-Methods"))
                .contains("GET", "POST", "PUT", "PATCH", "DELETE");
        assertThat(preflight.header("Access-Control-Allow-Headers").toLowerCase())
                .contains("authorization", "content-type", "x-request-id");
        assertThat(preflight.header("Access-Control-Allow-Credentials")).isNull();
        assertThat(preflight.header("Access-Control-Max-Age")).isEqualTo("3600");
        assertThat(new BrowserClient(port, "https://app.example.org").preflight("/api/auth/me", "GET",
                "authorization").header("Access-Control-Allow-Origin")).isEqualTo("https://app.example.org");
    }

    /** The web app's header may cross (from a development server), its refresh cookie may not: no credentials. */
    @Test
    void theWebClientHeaderIsAllowedButCredentialsAreNot() {
        Api.Response preflight = new BrowserClient(port, SPA)
                .preflight("/api/auth/refresh", "POST", "content-type,x-lifeos-client");

        assertThat(preflight.status()).isIn(200, 204);
        assertThat(preflight.header("Access-Control-Allow-Headers").toLowerCase()).contains("x-lifeos-client");
        assertThat(preflight.header("Access-Control-Allow-Credentials")).isNull();
    }

    @Test
    void aPreflightFromAnotherOriginIsRefused() {
        Api.Response preflight = new BrowserClient(port, ELSEWHERE).preflight("/api/habits", "POST",
                "authorization,content-type");

        assertThat(preflight.status()).isEqualTo(403);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
        assertThat(preflight.contentType()).startsWith("application/problem+json");
        assertThat(preflight.json().path("status").asInt()).isEqualTo(403);
        assertThat(preflight.json().path("detail").asText()).contains("lifeos.web.allowed-origins");
        assertThat(preflight.json().path("instance").asText()).isEqualTo("/api/habits");
    }

    @Test
    void aPreflightAskingForAMethodOrHeaderNotAllowedIsRefused() {
        BrowserClient spa = new BrowserClient(port, SPA);

        assertThat(spa.preflight("/api/habits", "TRACE", null).status()).isEqualTo(403);
        assertThat(spa.preflight("/api/habits", "POST", "x-api-key").status()).isEqualTo(403);
    }

    @Test
    void requestsFromAnAllowedOriginCarryTheHeadersThePageMayRead() {
        TestUser user = newUser();
        BrowserClient spa = new BrowserClient(port, SPA);

        Api.Response me = spa.get("/api/auth/me", user.accessToken());
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.header("Access-Control-Allow-Origin")).isEqualTo(SPA);
        assertThat(me.header("Vary")).contains("Origin");
        assertThat(me.header("Access-Control-Expose-Headers"))
                .contains("Location", "X-Request-Id", "Retry-After", "Content-Disposition");

        Api.Response created = spa.post("/api/habits", user.accessToken(),
                "{\"title\":\"Stretch\",\"frequency\":\"daily\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Access-Control-Allow-Origin")).isEqualTo(SPA);
        assertThat(created.header("Location")).isNotBlank();

        Api.Response unauthorized = spa.get("/api/auth/me", "not-a-token");
        assertThat(unauthorized.status()).as("a page may read why it was refused").isEqualTo(401);
        assertThat(unauthorized.header("Access-Control-Allow-Origin")).isEqualTo(SPA);
    }

    @Test
    void requestsFromAnotherOriginAreRefusedBeforeTheyDoAnything() {
        TestUser user = newUser();

        Api.Response refused = new BrowserClient(port, ELSEWHERE).post("/api/habits", user.accessToken(),
                "{\"title\":\"Sneaky\",\"frequency\":\"daily\"}");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Access-Control-Allow-Origin")).isNull();
        assertThat(api().get("/api/habits", user.accessToken()).json().path("total_items").asLong()).isZero();
    }

    @Test
    void clientsWithoutAnOriginAndPagesOnTheApisOwnOriginAreNotCrossOrigin() {
        TestUser user = newUser();

        assertThat(new BrowserClient(port, null).get("/api/auth/me", user.accessToken()).status()).isEqualTo(200);
        Api.Response sameOrigin = new BrowserClient(port, "http://localhost:" + port)
                .post("/api/habits", user.accessToken(), "{\"title\":\"Walk\",\"frequency\":\"daily\"}");
        assertThat(sameOrigin.status()).isEqualTo(201);
        assertThat(sameOrigin.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void theLiveSocketOpensForAllowedOriginsOnly() throws Exception {
        assertThat(new BrowserClient(port, SPA).openLiveSocket()).isEqualTo(101);
        assertThat(new BrowserClient(port, "https://app.example.org").openLiveSocket()).isEqualTo(101);
        assertThat(new BrowserClient(port, null).openLiveSocket()).isEqualTo(101);
        assertThat(new BrowserClient(port, ELSEWHERE).openLiveSocket()).isEqualTo(403);
    }
}
