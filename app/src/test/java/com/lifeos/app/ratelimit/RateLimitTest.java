package com.lifeos.app.ratelimit;

import java.util.Map;

import com.lifeos.app.support.Api;
import com.lifeos.app.support.AppInstance;
import com.lifeos.app.support.RedisProcess;
import com.lifeos.app.support.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits, low enough to reach, counted in a Redis of this test's own (so other runs sharing a Redis cannot
 * disturb the counts) and then, with that Redis stopped, in process.
 */
class RateLimitTest {

    private static AppInstance app;
    private static RedisProcess redis;

    @BeforeAll
    static void start() {
        app = AppInstance.startWithOwnRedis("rate_limits", Map.of(
                "lifeos.rate-limit.auth.requests", 4,
                "lifeos.rate-limit.auth.window", "15m",
                "lifeos.rate-limit.login-failures.requests", 2,
                "lifeos.rate-limit.per-user.requests", 6,
                "lifeos.rate-limit.per-user.window", "1m"));
        redis = app.redis();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void limitsAnswer429WithRetryAfterAndNeverTouchHealth() {
        Api api = app.api();
        TestUser ada = TestUser.register(api, "UTC");
        String wrong = "{\"email\":\"" + ada.email() + "\",\"password\":\"not the password\"}";
        assertThat(api.post("/api/auth/login", null, wrong).status()).isEqualTo(401);
        assertThat(api.post("/api/auth/login", null, wrong).status()).isEqualTo(401);

        Api.Response guessing = api.post("/api/auth/login", null, wrong);
        assertTooMany(guessing, 15 * 60);

        Api.Response overIpLimit = api.post("/api/auth/forgot-password", null, "{\"email\":\"x@example.org\"}");
        assertTooMany(overIpLimit, 15 * 60);
        assertThat(redis.keys("lifeos:rate:auth:*")).isNotBlank();

        for (int i = 0; i < 6; i++) {
            assertThat(api.get("/api/habits", ada.accessToken()).status()).isEqualTo(200);
        }
        assertTooMany(api.get("/api/habits", ada.accessToken()), 60);

        for (int i = 0; i < 20; i++) {
            assertThat(api.get("/actuator/health", null).status()).isEqualTo(200);
            assertThat(api.get("/actuator/health/liveness", null).status()).isEqualTo(200);
        }

        redis.stop();
        Api.Response counted = api.post("/api/auth/register", null,
                "{\"email\":\"after-redis@example.org\",\"password\":\"correct horse battery\"}");
        assertThat(counted.status()).as("counted in process while Redis is down").isEqualTo(201);
    }

    private static void assertTooMany(Api.Response response, long windowSeconds) {
        assertThat(response.status()).as(response.body()).isEqualTo(429);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("status").asInt()).isEqualTo(429);
        assertThat(Long.parseLong(response.header("Retry-After"))).isBetween(1L, windowSeconds);
    }
}
