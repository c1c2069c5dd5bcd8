package com.lifeos.app.goal;

import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import com.lifeos.app.support.Api;
import com.lifeos.app.support.ApiTestSupport;
import com.lifeos.app.support.TestUser;
import com.lifeos.app.support.TestClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GoalApiTest extends ApiTestSupport {

    private static final LocalDate TODAY = TestClock.today();

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
    void analyticsJudgesEachDatedActiveGoalFromItsStartDate() {
        TestUser user = newUser();
        String behind = goal(user, """
                {"title":"Behind","category":"career","start_date":"%s","target_date":"%s"}"""
                .formatted(TODAY.minusDays(60), TODAY.plusDays(1))).json().path("id").asText();
        String moving = goal(user, "{\"title\":\"Moving\",\"start_date\":\"%s\",\"target_date\":\"%s\"}"
                .formatted(TODAY.minusDays(30), TODAY.plusDays(100))).json().path("id").asText();
        progress(user, moving, "{\"progress\":10}");
        progress(user, moving, "{\"progress\":30}");
        String fresh = goal(user, "{\"title\":\"Fresh\",\"target_date\":\"%s\"}".formatted(TODAY.plusDays(100)))
                .json().path("id").asText();
        progress(user, fresh, "{\"progress\":30}");
        progress(user, fresh, "{\"progress\":55}");
        String done = goal(user, "{\"title\":\"Done\"}").json().path("id").asText();
        progress(user, done, "{\"progress\":100}");

        JsonNode analytics = api().get("/api/goals/analytics", user.accessToken()).json();

        assertThat(analytics.path("total_goals").asInt()).isEqualTo(4);
        assertThat(analytics.path("by_status").path("active").asInt()).isEqualTo(3);
        assertThat(analytics.path("by_status").path("completed").asInt()).isEqualTo(1);
        assertThat(analytics.path("by_category").path("career").asInt()).isEqualTo(1);
        assertThat(analytics.path("average_active_progress").decimalValue()).isEqualByComparingTo("28.33");
        assertThat(analytics.path("completion_rate").decimalValue()).isEqualByComparingTo("0.25");
        JsonNode schedules = analytics.path("schedules");
        assertThat(schedules).hasSize(3);
        JsonNode behindSchedule = schedule(schedules, behind);
        assertThat(behindSchedule.path("start_date").asText()).isEqualTo(TODAY.minusDays(60).toString());
        assertThat(behindSchedule.path("state").asText()).isEqualTo("behind");
        assertThat(behindSchedule.path("expected_progress").asInt()).isEqualTo(98);
        assertThat(behindSchedule.path("projection_reason").asText())
                .isEqualTo("needs 7 days since the start and 2 progress changes");
        JsonNode movingSchedule = schedule(schedules, moving);
        assertThat(movingSchedule.path("state").asText()).isEqualTo("on_track");
        assertThat(movingSchedule.path("velocity_per_day").decimalValue()).isEqualByComparingTo("1");
        assertThat(movingSchedule.path("projected_completion_date").asText()).isEqualTo(TODAY.plusDays(70).toString());
        assertThat(movingSchedule.path("projection_reason").isNull()).isTrue();
        JsonNode freshSchedule = schedule(schedules, fresh);
        assertThat(freshSchedule.path("start_date").asText()).isEqualTo(TODAY.toString());
        assertThat(freshSchedule.path("velocity_per_day").isNull()).as("55 points in a day is no pace yet").isTrue();
        assertThat(freshSchedule.path("projected_completion_date").isNull()).isTrue();
        assertThat(freshSchedule.path("projection_reason").asText()).startsWith("needs 7 days");
    }

    @Test
    void aStartDateDefaultsToTodayAndIsNeverInTheFutureNorAfterTheTarget() {
        TestUser user = newUser();
        JsonNode today = goal(user, "{\"title\":\"Today\"}").json();
        assertThat(today.path("start_date").asText()).isEqualTo(TODAY.toString());
        String march = goal(user, "{\"title\":\"Since March\",\"start_date\":\"%s\",\"target_date\":\"%s\"}"
                .formatted(TODAY.minusMonths(9), TODAY.plusMonths(3))).json().path("id").asText();

        assertField(goal(user, "{\"title\":\"x\",\"start_date\":\"%s\"}".formatted(TODAY.plusDays(2))),
                "start_date", "must not be in the future");
        assertField(goal(user, "{\"title\":\"x\",\"start_date\":\"%s\",\"target_date\":\"%s\"}"
                .formatted(TODAY.minusDays(1), TODAY.minusDays(2))), "start_date", "must not be after target_date");
        assertField(goal(user, "{\"title\":\"x\",\"start_date\":\"1899-12-31\"}"), "start_date", "between");
        assertThat(titles(user, "")).containsExactlyInAnyOrder("Today", "Since March");

        Api.Response moved = api().put("/api/goals/" + march, user.accessToken(),
                "{\"start_date\":\"%s\"}".formatted(TODAY.minusMonths(10)));
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.json().path("start_date").asText()).isEqualTo(TODAY.minusMonths(10).toString());
        assertThat(moved.json().path("target_date").asText()).isEqualTo(TODAY.plusMonths(3).toString());
        assertField(api().put("/api/goals/" + march, user.accessToken(),
                "{\"target_date\":\"%s\"}".formatted(TODAY.minusMonths(11))), "target_date",
                "must not be before start_date");
        assertField(api().put("/api/goals/" + march, user.accessToken(),
                "{\"start_date\":\"%s\"}".formatted(TODAY.plusDays(2))), "start_date", "must not be in the future");
        assertThat(api().get("/api/goals/" + march, user.accessToken()).json().path("start_date").asText())
                .isEqualTo(TODAY.minusMonths(10).toString());
        assertThat(api().put("/api/goals/" + march, newUser().accessToken(),
                "{\"start_date\":\"%s\"}".formatted(TODAY.plusDays(2))).status()).as("a stranger learns nothing")
                .isEqualTo(404);
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

    private static JsonNode schedule(JsonNode schedules, String goalId) {
        for (JsonNode schedule : schedules) {
            if (schedule.path("goal_id").asText().equals(goalId)) {
                return schedule;
            }
        }
        throw new AssertionError("no schedule for " + goalId + " in " + schedules);
    }

    private static void assertField(Api.Response response, String field, String message) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().path("errors").findValuesAsText("field")).as(response.body()).contains(field);
        assertThat(response.json().path("errors").toString()).contains(message);
    }

    private java.util.List<String> titles(TestUser user, String query) {
        return api().get("/api/goals?" + query, user.accessToken()).json().path("items").findValuesAsText("title");
    }
}
