package com.lifeos.app.admin;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.lifeos.app.support.ApiTestSupport;
import com.lifeos.app.support.TestUser;
import com.lifeos.app.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ProjectionReplayTest extends ApiTestSupport {

    private static final LocalDate TODAY = TestClock.today();

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void onlyAnalystsSeeProjectionStatus() {
        TestUser user = newUser();
        TestUser admin = admin();
        assertThat(api().get("/api/admin/projections", user.accessToken()).status()).isEqualTo(403);
        JsonNode list = api().get("/api/admin/projections", admin.accessToken()).json();
        assertThat(list.path("items").findValuesAsText("name")).contains("habit", "goal", "audit");
        long headBefore = byName(list, "habit").path("head").asLong();

        habit(user, "{\"title\":\"Read\",\"frequency\":\"daily\"}");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode habits = byName(api().get("/api/admin/projections", admin.accessToken()).json(), "habit");
            assertThat(habits.path("status").asText()).isEqualTo("running");
            assertThat(habits.path("head").asLong()).as("the write moved the head").isGreaterThan(headBefore);
            assertThat(habits.path("position").asLong()).as("caught up").isEqualTo(habits.path("head").asLong());
            assertThat(habits.path("lag").asLong()).isZero();
            assertThat(habits.path("replaying").asBoolean()).isFalse();
            assertThat(habits.path("progress").asInt()).isEqualTo(100);
        });
        assertThat(api().post("/api/admin/projections/nope/replay", admin.accessToken(), null).status())
                .isEqualTo(404);
    }

    @Test
    void replayingEachGroupRebuildsIdenticalReadsAndRows() {
        TestUser admin = admin();
        TestUser user = newUser();
        String daily = habit(user, "{\"title\":\"Read\",\"frequency\":\"daily\"}");
        String weekly = habit(user, "{\"title\":\"Gym\",\"frequency\":\"weekly\",\"target_per_week\":2}");
        String weekdays = habit(user, "{\"title\":\"Focus block\",\"frequency\":\"weekdays\",\"days_of_week\":[\"MON\",\"TUE\",\"WED\",\"THU\",\"FRI\"]}");
        for (int d = 0; d < 20; d += (d % 3 == 0 ? 2 : 1)) {
            checkIn(user, daily, TODAY.minusDays(d));
            checkIn(user, weekly, TODAY.minusDays(d * 2L));
            checkIn(user, weekdays, TODAY.minusDays(d));
        }
        String undone = checkIn(user, daily, TODAY.minusDays(30));
        api().delete("/api/habits/" + daily + "/checkin/" + undone, user.accessToken());
        api().put("/api/habits/" + weekly, user.accessToken(), "{\"title\":\"Gym twice\"}");
        String goal = api().post("/api/goals", user.accessToken(), """
                {"title":"Ship it","priority":"high","start_date":"%s","target_date":"%s"}"""
                .formatted(TODAY.minusDays(40), TODAY.plusDays(20))).json().path("id").asText();
        api().put("/api/goals/" + goal, user.accessToken(), "{\"start_date\":\"%s\"}".formatted(TODAY.minusDays(45)));
        api().put("/api/goals/" + goal + "/progress", user.accessToken(), "{\"progress\":100}");
        api().put("/api/goals/" + goal + "/progress", user.accessToken(), "{\"progress\":70}");

        String before = reads(user, goal);
        String habitRows = rows("SELECT * FROM habit ORDER BY id") + rows("SELECT * FROM habit_checkin ORDER BY id");
        String goalRows = rows("SELECT * FROM goal ORDER BY id");
        String auditRows = rows("SELECT * FROM audit_entry ORDER BY event_id");

        replay(List.of("habit", "goal", "audit"), admin);

        assertThat(reads(user, goal)).isEqualTo(before);
        assertThat(rows("SELECT * FROM habit ORDER BY id") + rows("SELECT * FROM habit_checkin ORDER BY id"))
                .isEqualTo(habitRows);
        assertThat(rows("SELECT * FROM goal ORDER BY id")).isEqualTo(goalRows);
        assertThat(rows("SELECT * FROM audit_entry ORDER BY event_id")).isEqualTo(auditRows);
    }


    private String reads(TestUser user, String goal) {
        return api().get("/api/habits/streaks", user.accessToken()).body()
                + api().get("/api/habits/analytics?from=" + TODAY.minusDays(60), user.accessToken()).body()
                + api().get("/api/habits?size=100", user.accessToken()).body()
                + api().get("/api/goals/" + goal, user.accessToken()).body()
                + api().get("/api/audit/timeline?size=100", user.accessToken()).body();
    }

    private String rows(String sql) {
        return String.join("\n", jdbc.queryForList(sql).stream().map(Object::toString).toList());
    }

    private String habit(TestUser user, String body) {
        return api().post("/api/habits", user.accessToken(), body).json().path("id").asText();
    }

    private String checkIn(TestUser user, String habit, LocalDate date) {
        var response = api().post("/api/habits/" + habit + "/checkin", user.accessToken(),
                "{\"date\":\"%s\",\"notes\":\"day %s\"}".formatted(date, date));
        return response.json().path("id").asText();
    }

    private static JsonNode byName(JsonNode list, String name) {
        for (JsonNode item : list.path("items")) {
            if (item.path("name").asText().equals(name)) {
                return item;
            }
        }
        throw new AssertionError("no projection " + name);
    }
}
