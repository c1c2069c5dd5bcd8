package com.lifeos.app.project;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.lifeos.app.support.Api;
import com.lifeos.app.support.ApiTestSupport;
import com.lifeos.app.support.TestUser;
import com.lifeos.app.support.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectApiTest extends ApiTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void createReadChangeAndDeleteAProject() {
        TestUser user = newUser();
        Api.Response created = project(user, """
                {"title":"Kitchen renovation","description":"new counters","due_date":"2027-04-01"}""");

        assertThat(created.status()).isEqualTo(201);
        JsonNode project = created.json();
        String id = project.path("id").asText();
        assertThat(created.header("Location")).isEqualTo("/api/projects/" + id);
        assertThat(project.path("status").asText()).isEqualTo("active");
        assertThat(project.path("priority").asText()).isEqualTo("medium");
        assertThat(project.path("progress").asInt()).isZero();
        assertThat(project.path("due_date").asText()).isEqualTo("2027-04-01");
        assertThat(project.path("goal_id").isNull()).isTrue();
        assertThat(project.has("created_at")).isTrue();
        assertThat(project.has("updated_at")).isTrue();
        assertThat(api().get("/api/projects/" + id, user.accessToken()).json()).isEqualTo(project);

        Api.Response changed = api().put("/api/projects/" + id, user.accessToken(), """
                {"priority":"high","status":"on_hold","due_date":"2027-05-01"}""");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().path("priority").asText()).isEqualTo("high");
        assertThat(changed.json().path("status").asText()).isEqualTo("on_hold");
        assertThat(changed.json().path("due_date").asText()).isEqualTo("2027-05-01");
        assertThat(changed.json().path("title").asText()).isEqualTo("Kitchen renovation");
        assertThat(changed.json().path("description").asText()).isEqualTo("new counters");
        assertThat(api().get("/api/projects/" + id, user.accessToken()).json().path("status").asText())
                .isEqualTo("on_hold");

        assertThat(api().delete("/api/projects/" + id, user.accessToken()).status()).isEqualTo(204);
        assertThat(api().get("/api/projects/" + id, user.accessToken()).status()).isEqualTo(404);
        assertThat(progress(user, id, "{\"progress\":10}").status()).isEqualTo(404);
        assertThat(api().get("/api/projects", user.accessToken()).json().path("total_items").asInt()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Integer.class, id)).as("the history stays in the event log").isEqualTo(4);
    }

    @Test
    void aStartDateDefaultsToTodayAndStaysBeforeTheDueDate() {
        TestUser user = newUser();
        LocalDate today = TestClock.today();
        assertThat(project(user, "{\"title\":\"Now\"}").json().path("start_date").asText())
                .isEqualTo(today.toString());
        JsonNode begun = project(user, "{\"title\":\"Shed\",\"start_date\":\"%s\",\"due_date\":\"%s\"}"
                .formatted(today.minusMonths(2), today.plusMonths(1))).json();
        assertThat(begun.path("start_date").asText()).isEqualTo(today.minusMonths(2).toString());
        JsonNode late = project(user, "{\"title\":\"Late\",\"due_date\":\"%s\"}".formatted(today.minusDays(3))).json();
        assertThat(late.path("start_date").asText()).as("recorded after its due date")
                .isEqualTo(today.minusDays(3).toString());

        Api.Response future = project(user, "{\"title\":\"x\",\"start_date\":\"%s\"}".formatted(today.plusDays(2)));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().path("errors").findValuesAsText("field")).containsExactly("start_date");
        Api.Response early = api().put("/api/projects/" + begun.path("id").asText(), user.accessToken(),
                "{\"due_date\":\"%s\"}".formatted(today.minusMonths(3)));
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.json().path("errors").findValuesAsText("field")).containsExactly("due_date");
        Api.Response later = api().put("/api/projects/" + begun.path("id").asText(), user.accessToken(),
                "{\"start_date\":\"%s\"}".formatted(today.minusMonths(1)));
        assertThat(later.json().path("start_date").asText()).isEqualTo(today.minusMonths(1).toString());
        assertThat(later.json().path("due_date").asText()).isEqualTo(today.plusMonths(1).toString());
        assertThat(api().get("/api/projects", user.accessToken()).json().path("total_items").asInt()).isEqualTo(3);
    }

    @Test
    void repeatingACreateWithTheSameIdIsHarmless() {
        TestUser user = newUser();
        String body = """
                {"id":"5d1c2a8e-2222-4c3b-9a55-0d0e5a1b2c3d","title":"Tax return"}""";
        Api.Response first = project(user, body);
        Api.Response again = project(user, body);

        assertThat(first.status()).isIn(201, 200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("id").asText()).isEqualTo("5d1c2a8e-2222-4c3b-9a55-0d0e5a1b2c3d");
        assertThat(api().get("/api/projects", user.accessToken()).json().path("total_items").asInt()).isEqualTo(1);
        assertThat(project(newUser(), body).status()).isEqualTo(409);
    }

    @Test
    void progressCompletesAndReopensTheProjectAndKeepsTheNoteSealed() {
        TestUser user = newUser();
        String id = project(user, "{\"title\":\"Write the thesis\"}").json().path("id").asText();

        Api.Response forty = progress(user, id, "{\"progress\":40,\"note\":\"chapter four is a secret\"}");
        assertThat(forty.status()).isEqualTo(200);
        assertThat(forty.json().path("progress").asInt()).isEqualTo(40);
        assertThat(forty.json().path("status").asText()).isEqualTo("active");
        JsonNode done = progress(user, id, "{\"progress\":100}").json();
        assertThat(done.path("status").asText()).isEqualTo("completed");
        JsonNode reopened = progress(user, id, "{\"progress\":90}").json();
        assertThat(reopened.path("status").asText()).isEqualTo("active");
        assertThat(reopened.path("progress").asInt()).isEqualTo(90);

        JsonNode completedByStatus = api().put("/api/projects/" + id, user.accessToken(),
                "{\"status\":\"completed\"}").json();
        assertThat(completedByStatus.path("status").asText()).isEqualTo("completed");
        assertThat(completedByStatus.path("progress").asInt()).isEqualTo(100);
        assertThat(api().put("/api/projects/" + id, user.accessToken(), "{\"status\":\"active\"}").status())
                .isEqualTo(409);

        List<byte[]> payloads = jdbc.queryForList(
                "SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ?", byte[].class, id);
        assertThat(payloads).hasSizeGreaterThan(1).noneSatisfy(payload ->
                assertThat(new String(payload, StandardCharsets.UTF_8)).contains("secret"));
    }

    @Test
    void listFiltersByStatusPriorityAndGoalNewestFirst() {
        TestUser user = newUser();
        String goal = goal(user, "House");
        project(user, "{\"title\":\"A\",\"priority\":\"low\"}");
        String b = project(user, "{\"title\":\"B\",\"priority\":\"high\",\"goal_id\":\"%s\"}".formatted(goal))
                .json().path("id").asText();
        String c = project(user, "{\"title\":\"C\",\"goal_id\":\"%s\"}".formatted(goal)).json().path("id").asText();
        api().put("/api/projects/" + b, user.accessToken(), "{\"status\":\"on_hold\"}");
        api().put("/api/projects/" + c, user.accessToken(), "{\"status\":\"cancelled\"}");

        assertThat(titles(user, "")).containsExactly("C", "B", "A");
        assertThat(titles(user, "status=on_hold")).containsExactly("B");
        assertThat(titles(user, "status=cancelled")).containsExactly("C");
        assertThat(titles(user, "status=active")).containsExactly("A");
        assertThat(titles(user, "priority=high")).containsExactly("B");
        assertThat(titles(user, "goal_id=" + goal)).containsExactly("C", "B");
        assertThat(titles(user, "goal_id=%s&priority=medium".formatted(goal))).containsExactly("C");
        assertThat(titles(user, "goal_id=" + UUID.randomUUID())).isEmpty();

        JsonNode page = api().get("/api/projects?size=2&page=1", user.accessToken()).json();
        assertThat(page.path("items").findValuesAsText("title")).containsExactly("A");
        assertThat(page.path("page").asInt()).isEqualTo(1);
        assertThat(page.path("size").asInt()).isEqualTo(2);
        assertThat(page.path("total_items").asInt()).isEqualTo(3);
        assertThat(page.path("total_pages").asInt()).isEqualTo(2);

        assertThat(fieldsOf(api().get("/api/projects?status=done", user.accessToken()))).contains("status");
        assertThat(fieldsOf(api().get("/api/projects?priority=urgent", user.accessToken()))).contains("priority");
        assertThat(fieldsOf(api().get("/api/projects?goal_id=house", user.accessToken()))).contains("goal_id");
        assertThat(fieldsOf(api().get("/api/projects?size=101", user.accessToken()))).contains("size");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "missing title            | {\"description\":\"x\"}                                | title",
            "empty title              | {\"title\":\"\"}                                       | title",
            "blank title              | {\"title\":\"   \"}                                    | title",
            "title of wrong type      | {\"title\":[\"x\"]}                                    | title",
            "unknown priority         | {\"title\":\"x\",\"priority\":\"urgent\"}              | priority",
            "malformed due date       | {\"title\":\"x\",\"due_date\":\"next week\"}           | due_date",
            "impossible due date      | {\"title\":\"x\",\"due_date\":\"2026-02-30\"}          | due_date",
            "goal id of wrong type    | {\"title\":\"x\",\"goal_id\":42}                       | goal_id",
            "malformed goal id        | {\"title\":\"x\",\"goal_id\":\"my-goal\"}              | goal_id",
            "malformed JSON           | {\"title\":                                            | body",
    })
    void invalidProjectsAreRejectedWithTheFieldNamed(String why, String body, String field) {
        TestUser user = newUser();
        Api.Response response = project(user, body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).contains("application/problem+json");
        assertThat(fieldsOf(response)).contains(field);
        assertThat(api().get("/api/projects", user.accessToken()).json().path("total_items").asInt()).isZero();
    }

    @Test
    void overLongTextsAreRejected() {
        TestUser user = newUser();
        assertThat(fieldsOf(project(user, "{\"title\":\"%s\"}".formatted("t".repeat(256))))).contains("title");
        assertThat(fieldsOf(project(user, "{\"title\":\"ok\",\"description\":\"%s\"}".formatted("d".repeat(1001)))))
                .contains("description");
        assertThat(project(user, "{\"title\":\"%s\"}".formatted("t".repeat(255))).status()).isEqualTo(201);
    }

    @Test
    void invalidChangesAndProgressAreRejectedAndChangeNothing() {
        TestUser user = newUser();
        String id = project(user, "{\"title\":\"Garden\"}").json().path("id").asText();
        String path = "/api/projects/" + id;

        assertThat(fieldsOf(api().put(path, user.accessToken(), "{\"title\":\"\"}"))).contains("title");
        assertThat(fieldsOf(api().put(path, user.accessToken(), "{\"status\":\"done\"}"))).contains("status");
        assertThat(fieldsOf(api().put(path, user.accessToken(), "{\"due_date\":\"tomorrow\"}"))).contains("due_date");
        assertThat(fieldsOf(api().put(path, user.accessToken(), "{\"priority\":true}"))).contains("priority");
        assertThat(fieldsOf(progress(user, id, "{\"progress\":101}"))).containsExactly("progress");
        assertThat(fieldsOf(progress(user, id, "{\"progress\":-1}"))).containsExactly("progress");
        assertThat(fieldsOf(progress(user, id, "{\"progress\":\"half\"}"))).containsExactly("progress");
        assertThat(fieldsOf(progress(user, id, "{}"))).containsExactly("progress");
        assertThat(fieldsOf(progress(user, id, "{\"progress\":5,\"note\":\"%s\"}".formatted("n".repeat(2001)))))
                .containsExactly("note");
        assertThat(api().get("/api/projects/not-a-uuid", user.accessToken()).status()).isEqualTo(400);

        JsonNode unchanged = api().get(path, user.accessToken()).json();
        assertThat(unchanged.path("title").asText()).isEqualTo("Garden");
        assertThat(unchanged.path("status").asText()).isEqualTo("active");
        assertThat(unchanged.path("progress").asInt()).isZero();
        assertThat(unchanged.path("due_date").isNull()).isTrue();
    }

    @Test
    void anotherUsersProjectIsNotFoundForEveryVerb() {
        TestUser owner = newUser();
        TestUser stranger = newUser();
        String id = project(owner, "{\"title\":\"Mine\"}").json().path("id").asText();
        String path = "/api/projects/" + id;

        assertThat(api().get(path, stranger.accessToken()).status()).isEqualTo(404);
        assertThat(api().put(path, stranger.accessToken(), "{\"title\":\"Yours\"}").status()).isEqualTo(404);
        assertThat(api().put(path, stranger.accessToken(), "{\"goal_id\":\"%s\"}".formatted(goal(stranger, "G")))
                .status()).isEqualTo(404);
        assertThat(progress(stranger, id, "{\"progress\":50}").status()).isEqualTo(404);
        assertThat(api().delete(path, stranger.accessToken()).status()).isEqualTo(404);
        assertThat(api().get("/api/projects", stranger.accessToken()).json().path("total_items").asInt()).isZero();

        JsonNode mine = api().get(path, owner.accessToken()).json();
        assertThat(mine.path("title").asText()).isEqualTo("Mine");
        assertThat(mine.path("progress").asInt()).isZero();
        assertThat(mine.path("goal_id").isNull()).isTrue();
    }

    @Test
    void aProjectCanOnlyServeTheCallersOwnGoals() {
        TestUser user = newUser();
        TestUser stranger = newUser();
        String house = goal(user, "House");
        String health = goal(user, "Health");
        String strangersGoal = goal(stranger, "Not yours");

        Api.Response foreign = project(user, "{\"title\":\"x\",\"goal_id\":\"%s\"}".formatted(strangersGoal));
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(fieldsOf(foreign)).containsExactly("goal_id");
        assertThat(fieldsOf(project(user, "{\"title\":\"x\",\"goal_id\":\"%s\"}".formatted(UUID.randomUUID()))))
                .containsExactly("goal_id");
        assertThat(api().get("/api/projects", user.accessToken()).json().path("total_items").asInt()).isZero();

        Api.Response linked = project(user, "{\"title\":\"Kitchen\",\"goal_id\":\"%s\"}".formatted(house));
        assertThat(linked.status()).isEqualTo(201);
        assertThat(linked.json().path("goal_id").asText()).isEqualTo(house);
        String path = "/api/projects/" + linked.json().path("id").asText();

        Api.Response stolen = api().put(path, user.accessToken(),
                "{\"title\":\"Renamed\",\"goal_id\":\"%s\"}".formatted(strangersGoal));
        assertThat(stolen.status()).isEqualTo(400);
        assertThat(fieldsOf(stolen)).containsExactly("goal_id");
        JsonNode unchanged = api().get(path, user.accessToken()).json();
        assertThat(unchanged.path("goal_id").asText()).isEqualTo(house);
        assertThat(unchanged.path("title").asText()).isEqualTo("Kitchen");

        assertThat(api().put(path, user.accessToken(), "{\"goal_id\":\"%s\"}".formatted(health)).json()
                .path("goal_id").asText()).isEqualTo(health);
        assertThat(api().put(path, user.accessToken(), "{\"goal_id\":null,\"title\":\"Kitchen 2\"}").json()
                .path("goal_id").asText()).as("a null goal_id keeps the link").isEqualTo(health);
        assertThat(fieldsOf(api().put(path, user.accessToken(),
                "{\"goal_id\":\"%s\",\"unlink_goal\":true}".formatted(house)))).containsExactly("unlink_goal");
        assertThat(api().put(path, user.accessToken(), "{\"unlink_goal\":true}").json().path("goal_id").isNull())
                .isTrue();
    }

    @Test
    void analyticsCountDeadlinesOnTheUsersOwnTodayAndGroupByGoal() {
        String zone = "Pacific/Kiritimati";
        TestUser user = newUser(zone);
        LocalDate today = TestClock.today(zone);
        String goal = goal(user, "House");

        String late = project(user, "{\"title\":\"Late\",\"due_date\":\"%s\",\"goal_id\":\"%s\"}"
                .formatted(today.minusDays(3), goal)).json().path("id").asText();
        progress(user, late, "{\"progress\":20}");
        String waiting = project(user, "{\"title\":\"Waiting\",\"due_date\":\"%s\"}".formatted(today.minusDays(1)))
                .json().path("id").asText();
        api().put("/api/projects/" + waiting, user.accessToken(), "{\"status\":\"on_hold\"}");
        String done = project(user, "{\"title\":\"Done\",\"due_date\":\"%s\",\"goal_id\":\"%s\"}"
                .formatted(today.minusDays(5), goal)).json().path("id").asText();
        progress(user, done, "{\"progress\":100}");
        String dropped = project(user, "{\"title\":\"Dropped\",\"due_date\":\"%s\"}".formatted(today.minusDays(2)))
                .json().path("id").asText();
        api().put("/api/projects/" + dropped, user.accessToken(), "{\"status\":\"cancelled\"}");
        String dueToday = project(user, "{\"title\":\"Today\",\"due_date\":\"%s\"}".formatted(today))
                .json().path("id").asText();
        progress(user, dueToday, "{\"progress\":50}");
        project(user, "{\"title\":\"In six days\",\"due_date\":\"%s\"}".formatted(today.plusDays(6)));
        project(user, "{\"title\":\"In a week\",\"due_date\":\"%s\"}".formatted(today.plusDays(7)));

        JsonNode analytics = api().get("/api/projects/analytics", user.accessToken()).json();

        assertThat(analytics.path("total_projects").asInt()).isEqualTo(7);
        JsonNode byStatus = analytics.path("by_status");
        assertThat(byStatus.path("active").asInt()).isEqualTo(4);
        assertThat(byStatus.path("on_hold").asInt()).isEqualTo(1);
        assertThat(byStatus.path("completed").asInt()).isEqualTo(1);
        assertThat(byStatus.path("cancelled").asInt()).isEqualTo(1);

        JsonNode overdue = analytics.path("overdue");
        assertThat(overdue.findValuesAsText("title")).containsExactly("Late", "Waiting");
        assertThat(overdue.get(0).path("id").asText()).isEqualTo(late);
        assertThat(overdue.get(0).path("due_date").asText()).isEqualTo(today.minusDays(3).toString());
        assertThat(overdue.get(0).path("days_overdue").asInt()).isEqualTo(3);
        assertThat(overdue.get(1).path("days_overdue").asInt()).isEqualTo(1);

        JsonNode dueSoon = analytics.path("due_soon");
        assertThat(dueSoon.findValuesAsText("title")).containsExactly("Today", "In six days");
        assertThat(dueSoon.get(0).path("days_left").asInt()).isZero();
        assertThat(dueSoon.get(1).path("days_left").asInt()).isEqualTo(6);
        assertThat(dueSoon.get(1).path("due_date").asText()).isEqualTo(today.plusDays(6).toString());

        assertThat(analytics.path("average_progress").decimalValue()).isEqualByComparingTo("17.50");
        JsonNode byGoal = analytics.path("by_goal");
        assertThat(byGoal).hasSize(1);
        assertThat(byGoal.get(0).path("goal_id").asText()).isEqualTo(goal);
        assertThat(byGoal.get(0).path("projects").asInt()).isEqualTo(2);
        assertThat(byGoal.get(0).path("average_progress").decimalValue()).isEqualByComparingTo("60");
    }

    @Test
    void analyticsOfNoProjectsHaveEveryStatusAndNoAverage() {
        JsonNode analytics = api().get("/api/projects/analytics", newUser().accessToken()).json();

        assertThat(analytics.path("total_projects").asInt()).isZero();
        assertThat(analytics.path("by_status").size()).isEqualTo(4);
        for (String status : new String[]{"active", "on_hold", "completed", "cancelled"}) {
            assertThat(analytics.path("by_status").path(status).isInt()).as(status).isTrue();
            assertThat(analytics.path("by_status").path(status).asInt()).as(status).isZero();
        }
        assertThat(analytics.path("overdue")).isEmpty();
        assertThat(analytics.path("due_soon")).isEmpty();
        assertThat(analytics.path("average_progress").isNull()).isTrue();
        assertThat(analytics.path("by_goal")).isEmpty();
    }

    @Test
    void requestsWithoutAValidTokenAreUnauthorized() {
        assertThat(api().get("/api/projects", null).status()).isEqualTo(401);
        assertThat(api().post("/api/projects", "garbage", "{\"title\":\"x\"}").status()).isEqualTo(401);
    }

    private Api.Response project(TestUser user, String body) {
        return api().post("/api/projects", user.accessToken(), body);
    }

    private Api.Response progress(TestUser user, String id, String body) {
        return api().put("/api/projects/" + id + "/progress", user.accessToken(), body);
    }

    private String goal(TestUser user, String title) {
        return api().post("/api/goals", user.accessToken(), "{\"title\":\"%s\"}".formatted(title))
                .json().path("id").asText();
    }

    private List<String> titles(TestUser user, String query) {
        return api().get("/api/projects?" + query, user.accessToken()).json().path("items").findValuesAsText("title");
    }

    private static List<String> fieldsOf(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        return response.json().path("errors").findValuesAsText("field");
    }
}
