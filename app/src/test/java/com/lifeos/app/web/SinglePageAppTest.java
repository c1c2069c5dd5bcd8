package com.lifeos.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.lifeos.app.support.Api;
import com.lifeos.app.support.ApiTestSupport;
import org.junit.jupiter.api.Test;

/**
 * The web app at {@code /}: its files, its routes answered with its page on a reload, the caching of each, its
 * Content-Security-Policy, and the server's own paths left as they were. (The page is the test fixture
 * {@code static/index.html}, which stands in for the web module's build.)
 */
class SinglePageAppTest extends ApiTestSupport {

    /** What Chromium sends when it navigates to a page. */
    private static final String NAVIGATION = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String THE_PAGE = "data-fixture=\"single-page-app\"";

    @Test
    void theAppIsServedAtTheRootWithoutAToken() {
        Api.Response root = navigate("/");

        assertThat(root.status()).isEqualTo(200);
        assertThat(root.contentType()).startsWith("text/html");
        assertThat(root.body()).contains(THE_PAGE);
    }

    @Test
    void aRouteOfTheAppIsAnsweredWithItsPageOnAReload() {
        for (String route : new String[] {"/habits", "/goals/123", "/sign-in?next=%2Fgoals"}) {
            Api.Response page = navigate(route);

            assertThat(page.status()).as(route).isEqualTo(200);
            assertThat(page.contentType()).as(route).startsWith("text/html");
            assertThat(page.body()).as(route).contains(THE_PAGE);
            assertThat(page.header("Cache-Control")).as(route).isEqualTo("no-cache");
        }
    }

    @Test
    void thePageIsRevalidatedOnEachLoadAndLimitedToItsOwnScriptsAndStyles() {
        Api.Response page = navigate("/index.html");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(page.header("Content-Security-Policy"))
                .isEqualTo(SinglePageApp.CONTENT_SECURITY_POLICY)
                .contains("script-src 'self'", "style-src 'self'", "connect-src 'self'", "object-src 'none'",
                        "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(navigate("/habits").header("Content-Security-Policy")).isEqualTo(SinglePageApp.CONTENT_SECURITY_POLICY);
    }

    @Test
    void hashedAssetsAreCachedForAYear() {
        Api.Response script = api().request("GET", "/assets/app-test1234.js", Map.of("Accept", "*/*"), null);

        assertThat(script.status()).isEqualTo(200);
        assertThat(script.contentType()).startsWith("text/javascript");
        assertThat(script.header("Cache-Control").split(", *")).containsExactlyInAnyOrder("max-age=31536000", "public",
                "immutable");
    }

    @Test
    void aMissingAssetIsNotFoundRatherThanThePage() {
        Api.Response missing = navigate("/assets/gone-0000.js");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anUnknownApiPathStaysANotFoundProblemEvenForABrowser() {
        String token = newUser().accessToken();
        Map<String, String> browser = Map.of("Accept", NAVIGATION, "Authorization", "Bearer " + token);
        for (Api.Response answer : new Api.Response[] {api().request("GET", "/api/nope", browser, null),
                api().get("/api/nope", token), api().request("GET", "/api", browser, null)}) {
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.json().path("type").asText()).isEqualTo("/problems/not-found");
        }
    }

    @Test
    void aClientThatAsksForNoPageGetsNoPage() {
        Api.Response json = api().get("/habits", null);

        assertThat(json.status()).isEqualTo(404);
        assertThat(json.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theServersOwnPathsAreNotShadowed() {
        Api.Response health = navigate("/actuator/health");
        Api.Response document = navigate("/v3/api-docs");
        Api.Response problems = navigate("/problems");
        Api.Response swagger = navigate("/swagger-ui.html");
        Api.Response swaggerPage = navigate("/swagger-ui/index.html");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\"");
        assertThat(document.status()).isEqualTo(200);
        assertThat(document.json().path("openapi").asText()).isNotBlank();
        assertThat(problems.status()).isEqualTo(200);
        assertThat(problems.body()).doesNotContain(THE_PAGE);
        assertThat(swagger.status()).isBetween(200, 399);
        assertThat(String.valueOf(swagger.body())).doesNotContain(THE_PAGE);
        assertThat(swaggerPage.status()).isEqualTo(200);
        assertThat(swaggerPage.body()).contains("swagger").doesNotContain(THE_PAGE);
        assertThat(swaggerPage.header("Content-Security-Policy")).isNull();
    }

    @Test
    void aStaleTokenSentWithAPageDoesNotStandInItsWay() {
        Api.Response page = api().request("GET", "/habits",
                Map.of("Accept", NAVIGATION, "Authorization", "Bearer expired.or.garbage"), null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(THE_PAGE);
    }

    @Test
    void writingToARouteOfTheAppStillNeedsAToken() {
        Api.Response write = api().post("/habits", null, "{}");

        assertThat(write.status()).isEqualTo(401);
    }

    private Api.Response navigate(String path) {
        return api().request("GET", path, Map.of("Accept", NAVIGATION), null);
    }
}
