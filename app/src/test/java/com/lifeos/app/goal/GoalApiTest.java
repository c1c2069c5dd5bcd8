package com.lifeos.app.goal;

import java.time.LocalDate;
import java.time.ZoneOffset;

import com.fasterxml.jackson.databind.JsonNode;
import com.lifeos.app.support.Api;
import com.lifeos.app.support.ApiTestSupport;
import com.lifeos.app.support.TestUser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GoalApiTest extends ApiTestSupport {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Test
    void createReadChangeAndDeleteAGoal() {
        TestUser user = newUser();
        Api.Response created = goal(user, """
                {"title":"Run a 10k","description":"by spring","category":"health","target_date":"2027-04-01"}""");

        assertThat(created.status()).isEqualTo(201);
        JsonNode goal = created.json();
        assertThat(goal.path("status").asText()).isEqualTo("active");
        assertThat(goal.path("priority").asText()).isEqualTo("medium");
        assertThat(goal.path("progress").asInt()).isZero();
        assertThat(goal.path("target_date").asText()).isEqualTo("2027-04-01");
        String id = goal.path("id").asText();

        Api.Response changed = api().put("/api/goals/" + id, user.accessToken(), """
                {"priority":"high","status":"paused"}""");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().path("priority").asText()).isEqualTo("high");
        assertThat(changed.json().path("status").asText()).isEqualTo("paused");
        assertThat(changed.json().path("title").asText()).isEqualTo("Run a 10k");

        assertThat(api().delete("/api/goals/" + id, user.accessToken()).status()).isEqualTo(204);
        assertThat(api().get("/api/goals/" + id, user.accessToken()).status()).isEqualTo(404);
    }

    @Test
    void progressCompletesReopensAndKeepsItsHistoryWithPrivateNotes() {
        TestUser user = newUser();
        String id = goal(user, "{\"title\":\"Write a book\"}").json().path("id").asText();

        assertThat(progress(user, id, "{\"progress\":40,\"note\":\"chapter four done\"}").json()
                .path("progress").asInt()).isEqualTo(40);
        JsonNode done = progress(user, id, "{\"progress\":100}").json();
        assertThat(done.path("status").asText()).isEqualTo("completed");
        JsonNode reopened = progress(user, id, "{\"progress\":90,\"note\":\"editor wants rewrites\"}").json();
        assertThat(reopened.path("status").asText()).isEqualTo("active");

        JsonNode history = api().get("/api/goals/" + id + "/progress-history", user.accessToken()).json();
        assertThat(history.path("items").findValuesAsText("progress")).containsExactly("40", "100", "90");
        assertThat(history.path("items").get(0).path("note").asText()).isEqualTo("chapter four done");
        assertThat(history.path("items").get(1).path("note").isNull()).isTrue();
        assertThat(history.path("items").get(2).has("at")).isTrue();
        assertThat(api().get("/api/goals/" + id + "/progress-history", newUser().accessToken()).status())
                .isEqualTo(404);
    }

    @Test
    void listFiltersAndSorts() {
        TestUser user = newUser();
        goal(user, "{\"title\":\"A\",\"priority\":\"low\",\"category\":\"career\",\"target_date\":\"2027-01-01\"}");
        goal(user, "{\"title\":\"B\",\"priority\":\"high\",\"category\":\"health\",\"target_date\":\"2026-12-31\"}");
        String c = goal(user, "{\"title\":\"C\",\"priority\":\"medium\",\"category\":\"health\"}").json().path("id").asText();
        progress(user, c, "{\"progress\":100}");

        assertThat(titles(user, "")).containsExactly("C", "B", "A");
        assertThat(titles(user, "sort=priority")).containsExactly("B", "C", "A");
        assertThat(titles(user, "sort=target_date")).containsExactly("B", "A", "C");
        assertThat(titles(user, "category=health")).containsExactlyInAnyOrder("B", "C");
        assertThat(titles(user, "status=completed")).containsExactly("C");
        assertThat(titles(user, "priority=low")).containsExactly("A");
        assertThat(api().get("/api/goals?sort=title", user.accessToken()).status()).isEqualTo(400);
        assertThat(api().get("/api/goals?status=done", user.accessToken()).status()).isEqualTo(400);
        JsonNode page = api().get("/api/goals?size=2&page=1", user.accessToken()).json();
        assertThat(page.path("total_items").asInt()).isEqualTo(3);
        assertThat(page.path("items")).hasSize(1);
    }

    @Test
    void analyticsJudgesEachDatedActiveGoal() {
        TestUser user = newUser();
        String behind = goal(user, "{\"title\":\"Behind\",\"category\":\"career\",\"target_date\":\"%s\"}"
                .formatted(TODAY.plusDays(1))).json().path("id").asText();
        String moving = goal(user, "{\"title\":\"Moving\",\"target_date\":\"%s\"}".formatted(TODAY.plusDays(100)))
                .json().path("id").asText();
        progress(user, moving, "{\"progress\":30}");
        String done = goal(user, "{\"title\":\"Done\"}").json().path("id").asText();
        progress(user, done, "{\"progress\":100}");

        JsonNode analytics = api().get("/api/goals/analytics", user.accessToken()).json();

        assertThat(analytics.path("total_goals").asInt()).isEqualTo(3);
        assertThat(analytics.path("by_status").path("active").asInt()).isEqualTo(2);
        assertThat(analytics.path("by_status").path("completed").asInt()).isEqualTo(1);
        assertThat(analytics.path("by_category").path("career").asInt()).isEqualTo(1);
        assertThat(analytics.path("average_active_progress").decimalValue()).isEqualByComparingTo("15");
        assertThat(analytics.path("completion_rate").decimalValue()).isEqualByComparingTo("0.3333");
        JsonNode schedules = analytics.path("schedules");
        assertThat(schedules).hasSize(2);
        for (JsonNode schedule : schedules) {
            if (schedule.path("goal_id").asText().equals(behind)) {
                assertThat(schedule.path("state").asText()).isEqualTo("on_track");
                assertThat(schedule.path("projected_completion_date").isNull()).isTrue();
            } else {
                assertThat(schedule.path("progress").asInt()).isEqualTo(30);
                assertThat(schedule.path("velocity_per_day").decimalValue()).isPositive();
                assertThat(schedule.path("projected_completion_date").asText()).isNotBlank();
            }
        }
    }

    @Test
    void invalidGoalsAndProgressAreRejected() {
        TestUser user = newUser();
        assertThat(goal(user, "{\"title\":\"\"}").status()).isEqualTo(400);
        assertThat(goal(user, "{\"title\":\"x\",\"priority\":\"urgent\"}").status()).isEqualTo(400);
        assertThat(goal(user, "{\"title\":\"x\",\"target_date\":\"next week\"}").status()).isEqualTo(400);
        String id = goal(user, "{\"title\":\"ok\"}").json().path("id").asText();
        Api.Response tooMuch = progress(user, id, "{\"progress\":101}");
        assertThat(tooMuch.status()).isEqualTo(400);
        assertThat(tooMuch.json().path("errors").get(0).path("field").asText()).isEqualTo("progress");
        assertThat(progress(user, id, "{\"progress\":\"half\"}").status()).isEqualTo(400);
        assertThat(progress(user, id, "{}").status()).isEqualTo(400);
        assertThat(api().get("/api/goals/" + id, user.accessToken()).json().path("progress").asInt()).isZero();
    }

    @Test
    void anotherUsersGoalIsNotFound() {
        TestUser owner = newUser();
        TestUser stranger = newUser();
        String id = goal(owner, "{\"title\":\"Mine\"}").json().path("id").asText();

        assertThat(api().get("/api/goals/" + id, stranger.accessToken()).status()).isEqualTo(404);
        assertThat(progress(stranger, id, "{\"progress\":50}").status()).isEqualTo(404);
        assertThat(api().put("/api/goals/" + id, stranger.accessToken(), "{\"title\":\"x\"}").status()).isEqualTo(404);
        assertThat(api().delete("/api/goals/" + id, stranger.accessToken()).status()).isEqualTo(404);
        assertThat(api().get("/api/goals/" + id, owner.accessToken()).json().path("progress").asInt()).isZero();
    }

    private Api.Response goal(TestUser user, String body) {
        return api().post("/api/goals", user.accessToken(), body);
    }

    private Api.Response progress(TestUser user, String id, String body) {
        return api().put("/api/goals/" + id + "/progress", user.accessToken(), body);
    }

    private java.util.List<String> titles(TestUser user, String query) {
        return api().get("/api/goals?" + query, user.accessToken()).json().path("items").findValuesAsText("title");
    }
}
