package com.lifeos.app.live;

import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.lifeos.app.support.AppInstance;
import com.lifeos.app.support.LiveClient;
import com.lifeos.app.support.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances sharing one PostgreSQL and one Redis, as in production. Only one of them owns each processing
 * group's token, so an update originates there whichever instance took the write; a session on the other instance
 * gets it through the Redis relay. A session on each instance proves both directions, whichever owns the tokens.
 */
class LiveAcrossInstancesTest {

    private static final String DATABASE = "live_two_instances";
    private static final Map<String, Object> SHARED_REDIS = Map.of(
            "spring.data.redis.host", System.getenv().getOrDefault("LIFEOS_TEST_REDIS_HOST", "127.0.0.1"),
            "spring.data.redis.port", System.getenv().getOrDefault("LIFEOS_TEST_REDIS_PORT", "6379"),
            // the instance that does not own a group's token cannot see it advance; bound its read-your-writes wait
            "lifeos.consistency.read-your-writes-timeout", "3s");

    private static AppInstance a;
    private static AppInstance b;

    @BeforeAll
    static void startTwoInstances() {
        a = AppInstance.start(DATABASE, SHARED_REDIS);
        b = AppInstance.start(DATABASE, SHARED_REDIS);
    }

    @AfterAll
    static void stopThem() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    @Test
    void aWriteThroughEitherInstanceReachesTheUsersSessionsOnBoth() {
        TestUser ada = TestUser.register(a.api(), "UTC");
        UUID habit = created(a, ada, "/api/habits", "{\"title\":\"Read\",\"frequency\":\"daily\"}");
        try (LiveClient onA = LiveClient.connect(a.port(), ada.accessToken());
             LiveClient onB = LiveClient.connect(b.port(), ada.accessToken())) {
            assertThat(b.api().post("/api/habits/" + habit + "/checkin", ada.accessToken(), null).status())
                    .isEqualTo(201);
            JsonNode afterCheckIn = a.api().get("/api/habits/" + habit, ada.accessToken()).json();
            assertThat(afterCheckIn.path("streak_count").asInt()).isEqualTo(1);
            onA.nextUpdate("habit_updated", habit, afterCheckIn);
            onB.nextUpdate("habit_updated", habit, afterCheckIn);

            UUID goal = created(a, ada, "/api/goals", "{\"title\":\"Run a 10k\"}");
            onB.send("/app/goals/progress", "p-1", Map.of("goal_id", goal, "progress", 60));
            assertThat(onA.nextUpdate(u -> u.path("type").asText().equals("goal_updated")
                    && u.path("data").path("progress").asInt() == 60, "goal progress 60").path("entity_id").asText())
                    .isEqualTo(goal.toString());
        }
    }

    @Test
    void anotherUserOnTheOtherInstanceReceivesNothing() {
        TestUser ada = TestUser.register(a.api(), "UTC");
        TestUser bob = TestUser.register(b.api(), "UTC");
        UUID adas = created(a, ada, "/api/habits", "{\"title\":\"Ada's\",\"frequency\":\"daily\"}");
        UUID bobs = created(b, bob, "/api/habits", "{\"title\":\"Bob's\",\"frequency\":\"daily\"}");
        try (LiveClient adaOnA = LiveClient.connect(a.port(), ada.accessToken());
             LiveClient bobOnB = LiveClient.connect(b.port(), bob.accessToken())) {
            a.api().post("/api/habits/" + adas + "/checkin", ada.accessToken(), null);
            adaOnA.nextUpdate("habit_updated", adas);
            b.api().post("/api/habits/" + bobs + "/checkin", bob.accessToken(), null);
            bobOnB.nextUpdate("habit_updated", bobs);

            assertThat(bobOnB.drainUpdates()).noneMatch(u -> u.toString().contains(adas.toString()));
        }
    }

    private static UUID created(AppInstance instance, TestUser user, String path, String body) {
        var response = instance.api().post(path, user.accessToken(), body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return UUID.fromString(response.json().path("id").asText());
    }
}
