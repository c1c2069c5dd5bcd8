package com.lifeos.store.redis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.lifeos.app.support.Api;
import com.lifeos.app.support.AppInstance;
import com.lifeos.app.support.RedisProcess;
import com.lifeos.app.support.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A Redis that is hung rather than gone (SIGSTOP: connections open, nothing answered), the case where every call
 * waits its whole timeout: once the circuit breaker is open, requests cost what they cost without Redis, and Redis
 * is used again as soon as it answers.
 */
class HungRedisTest {

    private static final long MAX_MILLIS_WHILE_HUNG = 300;

    private static AppInstance app;
    private static RedisProcess redis;

    @BeforeAll
    static void start() {
        app = AppInstance.startWithOwnRedis("hung_redis", Map.of());
        redis = app.redis();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aHungRedisCostsMillisecondsOnceTheBreakerIsOpenAndIsUsedAgainWhenItAnswers() {
        Api api = app.api();
        TestUser ada = TestUser.register(api, "UTC");
        UUID habit = created(ada, "{\"title\":\"Read\",\"frequency\":\"daily\"}");
        for (String warmUp : List.of("/api/habits/streaks", "/api/habits/" + habit, "/api/dashboard/overview")) {
            assertThat(api.get(warmUp, ada.accessToken()).status()).isEqualTo(200);
        }
        assertThat(redis.keys("lifeos:read-models::*")).as("cached in Redis").isNotBlank();

        assertThat(redisHealth().path("status").asText()).isEqualTo("UP");
        redis.pause();
        List<Long> millis = new ArrayList<>();
        try {
            // the first calls each wait out the command timeout; then the breaker opens
            await().atMost(Duration.ofSeconds(20)).until(() -> redisHealth().path("details")
                    .path("circuit_breaker").asText().equals("open"));
            for (int round = 0; round < 10; round++) {
                millis.add(timed(() -> api.get("/api/habits/streaks", ada.accessToken())));
                millis.add(timed(() -> api.get("/api/habits/" + habit, ada.accessToken())));
                millis.add(timed(() -> api.get("/api/dashboard/overview", ada.accessToken())));
                millis.add(timed(() -> api.get("/actuator/health", null)));
            }
            assertThat(created(ada, "{\"title\":\"Stretch\",\"frequency\":\"daily\"}")).isNotNull();
        } finally {
            redis.resume();
        }
        assertThat(millis).as("each request while Redis hangs, in ms").allMatch(ms -> ms < MAX_MILLIS_WHILE_HUNG);

        await().atMost(Duration.ofSeconds(20)).until(() -> redisHealth().path("status").asText().equals("UP"));
        TestUser bob = TestUser.register(api, "UTC");
        assertThat(api.get("/api/habits/streaks", bob.accessToken()).status()).isEqualTo(200);
        assertThat(redis.keys("lifeos:read-models::" + bob.id() + "*")).as("Redis used again").isNotBlank();
    }

    private static long timed(Supplier<Api.Response> request) {
        long start = System.nanoTime();
        Api.Response response = request.get();
        long elapsed = (System.nanoTime() - start) / 1_000_000;
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return elapsed;
    }

    private static String adminToken;

    private static JsonNode redisHealth() {
        // health details are for administrators only; signed in once, before Redis is paused
        if (adminToken == null) {
            adminToken = TestUser.admin(app.api()).accessToken();
        }
        return app.api().get("/actuator/health", adminToken).json().path("components").path("redis");
    }

    private static UUID created(TestUser user, String body) {
        Api.Response response = app.api().post("/api/habits", user.accessToken(), body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return UUID.fromString(response.json().path("id").asText());
    }
}
