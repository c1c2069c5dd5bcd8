package com.lifeos.app.account;

import static com.lifeos.app.account.AuthJson.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.lifeos.app.support.Api;
import com.lifeos.app.support.ApiTestSupport;
import com.lifeos.app.support.TestUser;
import org.junit.jupiter.api.Test;

/**
 * The web app's sign-in: with {@code X-LifeOS-Client: web} the refresh token is the HttpOnly cookie
 * {@code lifeos_refresh}, never in the JSON; the cookie is read only with that header, so another site cannot use it.
 */
class BrowserSignInTest extends ApiTestSupport {

    private static final String WEB = "web";
    private static final String THIRTY_DAYS = "Max-Age=2592000";

    @Test
    void registeringSetsTheRefreshCookieAndLeavesTheTokenOutOfTheJson() {
        String email = "browser-" + UUID.randomUUID() + "@example.org";

        Api.Response registered = post("/api/auth/register", WEB, null, object("email", email,
                "password", "correct horse battery", "first_name", "Ada", "timezone", "UTC"));

        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.json().has("refresh_token")).isFalse();
        assertThat(registered.json().path("access_token").asText()).isNotBlank();
        assertThat(registered.json().path("user").path("email").asText()).isEqualTo(email);
        assertIssuedCookie(registered);
    }

    @Test
    void signingInSetsTheRefreshCookieAndLeavesTheTokenOutOfTheJson() {
        TestUser user = newUser();

        Api.Response signedIn = login(user);

        assertThat(signedIn.status()).isEqualTo(200);
        assertThat(signedIn.json().has("refresh_token")).isFalse();
        assertThat(signedIn.json().path("token_type").asText()).isEqualTo("Bearer");
        assertThat(api().get("/api/auth/me", signedIn.json().path("access_token").asText()).status()).isEqualTo(200);
        assertIssuedCookie(signedIn);
    }

    @Test
    void refreshingWithTheCookieRotatesItAndTheOldCookieIsRefusedOnceTheNewOneWasUsed() {
        String first = cookieOf(login(newUser()));

        Api.Response refreshed = post("/api/auth/refresh", WEB, first, null);

        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(refreshed.json().has("refresh_token")).isFalse();
        assertThat(api().get("/api/auth/me", refreshed.json().path("access_token").asText()).status()).isEqualTo(200);
        String second = cookieOf(refreshed);
        assertThat(second).isNotEqualTo(first);
        assertIssuedCookie(refreshed);
        assertThat(post("/api/auth/refresh", WEB, second, null).status()).isEqualTo(200);

        Api.Response reused = post("/api/auth/refresh", WEB, first, null);

        assertThat(reused.status()).isEqualTo(401);
        assertThat(reused.contentType()).startsWith("application/problem+json");
        assertClearedCookie(reused);
    }

    @Test
    void aReloadThatCutOffARefreshKeepsTheSignIn() {
        String first = cookieOf(login(newUser()));
        post("/api/auth/refresh", WEB, first, null);

        Api.Response retried = post("/api/auth/refresh", WEB, first, null);

        assertThat(retried.status()).isEqualTo(200);
        assertIssuedCookie(retried);
        assertThat(post("/api/auth/refresh", WEB, cookieOf(retried), null).status()).isEqualTo(200);
    }

    @Test
    void anEmptyObjectIsAcceptedAsTheBodyOfACookieRefresh() {
        String cookie = cookieOf(login(newUser()));

        Api.Response refreshed = post("/api/auth/refresh", WEB, cookie, "{}");

        assertThat(refreshed.status()).isEqualTo(200);
        assertIssuedCookie(refreshed);
    }

    @Test
    void loggingOutRevokesTheCookiesSignInAndClearsIt() {
        Api.Response signedIn = login(newUser());
        String cookie = cookieOf(signedIn);

        Api.Response loggedOut = post("/api/auth/logout", WEB, cookie, null);

        assertThat(loggedOut.status()).isEqualTo(204);
        assertClearedCookie(loggedOut);
        assertThat(post("/api/auth/refresh", WEB, cookie, null).status()).isEqualTo(401);
        assertThat(api().get("/api/auth/me", signedIn.json().path("access_token").asText()).status()).isEqualTo(401);
    }

    @Test
    void refreshingWithoutACookieIsRefusedAndClearsIt() {
        Api.Response refused = post("/api/auth/refresh", WEB, null, null);

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertClearedCookie(refused);
    }

    @Test
    void withoutTheHeaderTheCookieIsIgnoredAndTheBodyIsAskedForAsAlways() {
        String cookie = cookieOf(login(newUser()));

        Api.Response noBody = post("/api/auth/refresh", null, cookie, null);
        Api.Response emptyBody = post("/api/auth/refresh", null, cookie, "{}");
        Api.Response logout = post("/api/auth/logout", null, cookie, "{}");

        assertThat(noBody.status()).isEqualTo(400);
        assertThat(noBody.json().path("type").asText()).isEqualTo("/problems/malformed-body");
        assertThat(emptyBody.status()).isEqualTo(400);
        assertThat(AuthJson.errorFields(emptyBody.json())).containsExactly("refresh_token");
        assertThat(logout.status()).isEqualTo(400);
        assertThat(noBody.headers("Set-Cookie")).isEmpty();
        assertThat(post("/api/auth/refresh", WEB, cookie, null).status())
                .as("the cookie was neither used up nor revoked").isEqualTo(200);
    }

    @Test
    void aRequestAnotherSiteCanMakeCannotRefresh() {
        String cookie = cookieOf(login(newUser()));
        Map<String, String> form = new LinkedHashMap<>();
        form.put("Content-Type", "application/x-www-form-urlencoded");
        form.put("Cookie", "lifeos_refresh=" + cookie);

        Api.Response fromAnotherSite = api().request("POST", "/api/auth/refresh",
                with(form, "Origin", "https://evil.example.net"), "refresh_token=x");
        Api.Response plainForm = api().request("POST", "/api/auth/refresh", form, "");

        assertThat(fromAnotherSite.status()).isEqualTo(403);
        assertThat(plainForm.status()).isBetween(400, 499);
        assertThat(fromAnotherSite.headers("Set-Cookie")).isEmpty();
        assertThat(plainForm.headers("Set-Cookie")).isEmpty();
        assertThat(post("/api/auth/refresh", WEB, cookie, null).status())
                .as("the cookie was neither used up nor revoked").isEqualTo(200);
    }

    @Test
    void aRefreshTokenInTheBodyOfACookieRefreshIsRefusedByName() {
        TestUser user = newUser();
        String cookie = cookieOf(login(user));

        Api.Response refused = post("/api/auth/refresh", WEB, cookie, object("refresh_token", user.refreshToken()));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(AuthJson.errorFields(refused.json())).containsExactly("refresh_token");
    }

    @Test
    void anUnknownKindOfClientIsRefusedByName() {
        TestUser user = newUser();

        Api.Response refused = api().request("POST", "/api/auth/login", Map.of("Content-Type", "application/json",
                        "X-LifeOS-Client", "mobile"),
                object("email", user.email(), "password", user.password()));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(AuthJson.errorFields(refused.json())).containsExactly("X-LifeOS-Client");
    }

    @Test
    void theJsonFlowSetsNoCookie() {
        TestUser user = newUser();

        Api.Response signedIn = post("/api/auth/login", null, null,
                object("email", user.email(), "password", user.password()));
        Api.Response refreshed = post("/api/auth/refresh", null, null,
                object("refresh_token", signedIn.json().path("refresh_token").asText()));

        assertThat(signedIn.json().path("refresh_token").asText()).isNotBlank();
        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(refreshed.json().path("refresh_token").asText()).isNotBlank();
        assertThat(signedIn.headers("Set-Cookie")).isEmpty();
        assertThat(refreshed.headers("Set-Cookie")).isEmpty();
    }

    private Api.Response login(TestUser user) {
        return post("/api/auth/login", WEB, null, object("email", user.email(), "password", user.password()));
    }

    /** A same-origin call of the web app: the header when given, the cookie when it holds one. */
    private Api.Response post(String path, String client, String cookie, String json) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json, application/problem+json");
        if (json != null) {
            headers.put("Content-Type", "application/json");
        }
        if (client != null) {
            headers.put("X-LifeOS-Client", client);
        }
        if (cookie != null) {
            headers.put("Cookie", "lifeos_refresh=" + cookie);
        }
        return api().request("POST", path, headers, json);
    }

    private static Map<String, String> with(Map<String, String> headers, String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return more;
    }

    private static String refreshCookie(Api.Response response) {
        List<String> cookies = response.headers("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("lifeos_refresh=")).toList();
        assertThat(cookies).as("Set-Cookie lifeos_refresh").hasSize(1);
        return cookies.getFirst();
    }

    private static String cookieOf(Api.Response response) {
        String cookie = refreshCookie(response);
        return cookie.substring("lifeos_refresh=".length(), cookie.indexOf(';'));
    }

    private static void assertIssuedCookie(Api.Response response) {
        assertThat(cookieOf(response)).isNotBlank();
        assertThat(attributesOf(refreshCookie(response)))
                .containsExactlyInAnyOrder("Path=/api/auth", THIRTY_DAYS, "Secure", "HttpOnly", "SameSite=Strict");
    }

    private static void assertClearedCookie(Api.Response response) {
        assertThat(cookieOf(response)).isEmpty();
        assertThat(attributesOf(refreshCookie(response)))
                .containsExactlyInAnyOrder("Path=/api/auth", "Max-Age=0", "Secure", "HttpOnly", "SameSite=Strict");
    }

    /** The cookie's attributes but {@code Expires}, which says the same as Max-Age for older browsers. */
    private static List<String> attributesOf(String setCookie) {
        return java.util.Arrays.stream(setCookie.split(";")).skip(1).map(String::strip)
                .filter(attribute -> !attribute.startsWith("Expires=")).toList();
    }
}
