package com.lifeos.app.security;

import com.lifeos.app.support.Api;
import com.lifeos.app.support.ApiTestSupport;
import com.lifeos.app.support.TestUser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * By default no other origin is allowed: a browser page elsewhere can neither call the API nor open the live socket,
 * while the API's own origin and clients that send no Origin (curl, servers) are unaffected.
 */
class CrossOriginDefaultTest extends ApiTestSupport {

    private static final String SPA = "http://localhost:5173";

    @Test
    void noOtherOriginIsAllowed() throws Exception {
        TestUser user = newUser();
        BrowserClient spa = new BrowserClient(port, SPA);

        Api.Response preflight = spa.preflight("/api/habits", "POST", "authorization,content-type");
        assertThat(preflight.status()).isEqualTo(403);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
        Api.Response read = spa.get("/api/auth/me", user.accessToken());
        assertThat(read.status()).isEqualTo(403);
        assertThat(read.header("Access-Control-Allow-Origin")).isNull();
        assertThat(spa.openLiveSocket()).isEqualTo(403);
    }

    @Test
    void theApisOwnOriginAndClientsWithoutOneAreUnaffected() throws Exception {
        TestUser user = newUser();

        BrowserClient sameOrigin = new BrowserClient(port, "http://localhost:" + port);
        assertThat(sameOrigin.post("/api/habits", user.accessToken(), "{\"title\":\"Read\",\"frequency\":\"daily\"}")
                .status()).isEqualTo(201);
        assertThat(sameOrigin.openLiveSocket()).isEqualTo(101);
        assertThat(new BrowserClient(port, null).get("/api/auth/me", user.accessToken()).status()).isEqualTo(200);
    }
}
