package com.lifeos.app.live;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.lifeos.app.support.AppInstance;
import com.lifeos.app.support.LiveClient;
import com.lifeos.app.support.RedisProcess;
import com.lifeos.app.support.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Redis stopped mid-test (a redis-server of this test's own): the app keeps serving, and recovers when it returns. */
class RedisOutageTest {

    private static AppInstance app;
    private static RedisProcess redis;

    @BeforeAll
    static void start() {
        app = AppInstance.startWithOwnRedis("redis_outage", Map.of());
        redis = app.redis();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void writesAndLiveUpdatesCarryOnWhileRedisIsDownAndHealthSaysDegradedUntilItReturns() {
        TestUser ada = TestUser.register(app.api(), "UTC");
        UUID habit = created(ada, "/api/habits", "{\"title\":\"Read\",\"frequency\":\"daily\"}");
        try (LiveClient live = LiveClient.connect(app.port(), ada.accessToken())) {
            assertThat(redisHealth()).isEqualTo("UP");
            checkIn(ada, habit, 1);
            live.nextUpdate("habit_updated", habit);
            String streaksBefore = streaks(ada);
            assertThat(streaks(ada)).isEqualTo(streaksBefore);
            assertThat(redis.keys("lifeos:read-models::*")).as("the answer is cached in Redis").isNotBlank();

            redis.stop();
            await().atMost(Duration.ofSeconds(20)).until(() -> redisHealth().equals("DEGRADED"));
            assertThat(app.api().get("/actuator/health", null).status()).isEqualTo(200);

            UUID other = created(ada, "/api/habits", "{\"title\":\"Stretch\",\"frequency\":\"daily\"}");
            live.nextUpdate("habit_updated", other);
            assertThat(app.api().get("/api/habits/" + other, ada.accessToken()).status()).isEqualTo(200);
            assertThat(app.api().get("/api/dashboard/overview", ada.accessToken()).status()).isEqualTo(200);
            String streaksDuringOutage = streaks(ada);
            assertThat(streaksDuringOutage).as("the cache is bypassed, not stale").isNotEqualTo(streaksBefore);

            redis.restart();
            await().atMost(Duration.ofSeconds(30)).until(() -> redisHealth().equals("UP"));
            UUID third = created(ada, "/api/habits", "{\"title\":\"Walk\",\"frequency\":\"daily\"}");
            live.nextUpdate("habit_updated", third);
            assertThat(streaks(ada)).as("entries cached before the outage are not served after it")
                    .contains(third.toString()).contains(other.toString());
        }
    }

    private String streaks(TestUser user) {
        var response = app.api().get("/api/habits/streaks", user.accessToken());
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    /** Health details are for administrators only. */
    private String redisHealth() {
        return app.api().get("/actuator/health", TestUser.admin(app.api()).accessToken()).json()
                .path("components").path("redis").path("status").asText();
    }

    private void checkIn(TestUser user, UUID habit, int expectedStreak) {
        var response = app.api().post("/api/habits/" + habit + "/checkin", user.accessToken(), null);
        assertThat(response.status()).isEqualTo(201);
        assertThat(app.api().get("/api/habits/" + habit, user.accessToken()).json().path("streak_count").asInt())
                .isEqualTo(expectedStreak);
    }

    private UUID created(TestUser user, String path, String body) {
        var response = app.api().post(path, user.accessToken(), body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return UUID.fromString(response.json().path("id").asText());
    }
}
