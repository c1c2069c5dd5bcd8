package com.lifeos.app.audit;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.lifeos.app.support.ApiTestSupport;
import com.lifeos.app.support.TestUser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditTimelineTest extends ApiTestSupport {

    @Test
    void timelineShowsTheCallersOwnEventsNewestFirst() {
        TestUser user = newUser();
        TestUser other = newUser();
        String habit = api().post("/api/habits", user.accessToken(), "{\"title\":\"Read\",\"frequency\":\"daily\"}")
                .json().path("id").asText();
        api().post("/api/habits/" + habit + "/checkin", user.accessToken(), "{}");
        String goal = api().post("/api/goals", user.accessToken(), "{\"title\":\"Run a 10k\"}").json().path("id").asText();
        api().post("/api/habits", other.accessToken(), "{\"title\":\"Not yours\",\"frequency\":\"daily\"}");

        JsonNode timeline = api().get("/api/audit/timeline", user.accessToken()).json();

        List<String> types = timeline.path("items").findValuesAsText("type");
        assertThat(types).containsSubsequence("GoalCreated", "HabitCheckedIn", "HabitCreated");
        assertThat(timeline.path("items").findValuesAsText("entity_id")).doesNotContainNull()
                .contains(habit, goal);
        JsonNode newest = timeline.path("items").get(0);
        assertThat(newest.path("type").asText()).isEqualTo("GoalCreated");
        assertThat(newest.path("entity_type").asText()).isEqualTo("Goal");
        assertThat(newest.path("sequence").asLong()).isZero();
        assertThat(newest.path("payload").path("title").asText()).isEqualTo("Run a 10k");
        assertThat(newest.has("occurred_at")).isTrue();
        assertThat(newest.has("event_id")).isTrue();
        assertThat(timeline.toString()).doesNotContain("Not yours");

        assertThat(api().get("/api/audit/timeline?type=HabitCheckedIn", user.accessToken()).json()
                .path("total_items").asInt()).isEqualTo(1);
        assertThat(api().get("/api/audit/timeline?entity_id=" + goal, user.accessToken()).json()
                .path("items").findValuesAsText("type")).containsOnly("GoalCreated");
        assertThat(api().get("/api/audit/timeline?from=2000-01-01&to=2000-12-31", user.accessToken()).json()
                .path("total_items").asInt()).isZero();
        assertThat(api().get("/api/audit/timeline?from=nonsense", user.accessToken()).status()).isEqualTo(400);
    }

    @Test
    void entityHistoryIsOldestFirstAndPrivateToItsOwner() {
        TestUser user = newUser();
        String goal = api().post("/api/goals", user.accessToken(), "{\"title\":\"Learn Spanish\"}").json().path("id").asText();
        api().put("/api/goals/" + goal + "/progress", user.accessToken(), "{\"progress\":40}");
        api().put("/api/goals/" + goal + "/progress", user.accessToken(), "{\"progress\":100}");

        JsonNode history = api().get("/api/audit/entities/" + goal + "/history", user.accessToken()).json();

        assertThat(history.path("items").findValuesAsText("type"))
                .containsExactly("GoalCreated", "GoalProgressUpdated", "GoalProgressUpdated", "GoalCompleted");
        assertThat(history.path("items").findValuesAsText("sequence")).containsExactly("0", "1", "2", "3");
        assertThat(api().get("/api/audit/entities/" + goal + "/history", newUser().accessToken()).status())
                .isEqualTo(404);
    }

    @Test
    void onlyAuditorsReadSomeoneElsesTimelineAndEachReadIsRecorded() {
        TestUser subject = newUser();
        api().post("/api/goals", subject.accessToken(), "{\"title\":\"Save money\"}");
        TestUser admin = admin();

        assertThat(api().get("/api/audit/users/" + subject.id() + "/timeline", newUser().accessToken()).status())
                .isEqualTo(403);
        var read = api().get("/api/audit/users/" + subject.id() + "/timeline", admin.accessToken());

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("items").findValuesAsText("type")).contains("GoalCreated");
        JsonNode recorded = api().get("/api/audit/timeline?type=UserTimelineRead", subject.accessToken()).json();
        assertThat(recorded.path("total_items").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(recorded.path("items").get(0).path("user_id").asText()).isEqualTo(admin.id().toString());
        assertThat(recorded.path("items").get(0).path("payload").path("auditor_id").asText())
                .isEqualTo(admin.id().toString());
    }
}
