package com.lifeos.app.live;

import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.lifeos.app.support.Api;
import com.lifeos.app.support.ApiTestSupport;
import com.lifeos.app.support.LiveClient;
import com.lifeos.app.support.TestUser;
import com.lifeos.app.support.TestClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A user's story over the live socket: every write shows up on their own queue, as the REST read shows it. */
class LiveUpdatesTest extends ApiTestSupport {

    @Test
    void aRestCheckInArrivesAsHabitUpdatedWithWhatTheRestReadReturns() {
        TestUser ada = newUser();
        UUID habit = create(ada, "/api/habits", "{\"title\":\"Read\",\"frequency\":\"daily\"}");
        try (LiveClient live = LiveClient.connect(port, ada.accessToken())) {
            assertThat(api().post("/api/habits/" + habit + "/checkin", ada.accessToken(), "{\"notes\":\"on the train\"}")
                    .status()).isEqualTo(201);

            JsonNode afterCheckIn = read(ada, "/api/habits/" + habit);
            assertThat(afterCheckIn.path("streak_count").asInt()).isEqualTo(1);

            live.nextUpdate("habit_updated", habit, afterCheckIn);
            live.nextUpdate("dashboard_updated", habit, read(ada, "/api/dashboard/overview"));
        }
    }

    @Test
    void aCheckInSentOverTheSocketRunsTheSameCommandAsRest() {
        TestUser ada = newUser();
        UUID habit = create(ada, "/api/habits", "{\"title\":\"Stretch\",\"frequency\":\"daily\"}");
        String yesterday = TestClock.today().minusDays(1).toString();
        try (LiveClient live = LiveClient.connect(port, ada.accessToken())) {
            live.send("/app/habits/checkin", "r-1", Map.of("habit_id", habit, "date", yesterday, "notes", "late"));

            JsonNode update = live.nextUpdate(u -> u.path("type").asText().equals("habit_updated")
                    && u.path("data").path("longest_streak").asInt() == 1, "habit_updated after the check-in");

            assertThat(update.path("data")).isEqualTo(read(ada, "/api/habits/" + habit));
            JsonNode history = read(ada, "/api/audit/entities/" + habit + "/history");
            assertThat(history.toString()).contains("HabitCheckedIn");
        }
    }

    @Test
    void goalProgressSentOverTheSocketArrivesAsGoalUpdated() {
        TestUser ada = newUser();
        UUID goal = create(ada, "/api/goals", "{\"title\":\"Run a 10k\"}");
        try (LiveClient live = LiveClient.connect(port, ada.accessToken())) {
            live.send("/app/goals/progress", "r-2", Map.of("goal_id", goal, "progress", 40, "note", "5k done"));

            JsonNode update = live.nextUpdate(u -> u.path("type").asText().equals("goal_updated")
                    && u.path("data").path("progress").asInt() == 40, "goal_updated with progress 40");

            assertThat(update.path("data")).isEqualTo(read(ada, "/api/goals/" + goal));
        }
    }

    @Test
    void badMessagesAnswerOnTheErrorQueueWithTheRestStatus() {
        TestUser ada = newUser();
        UUID goal = create(ada, "/api/goals", "{\"title\":\"Learn Go\"}");
        try (LiveClient live = LiveClient.connect(port, ada.accessToken())) {
            live.send("/app/goals/progress", "too-much", Map.of("goal_id", goal, "progress", 150));
            JsonNode invalid = live.nextError();
            assertThat(invalid.path("type").asText()).isEqualTo("error");
            assertThat(invalid.path("request_id").asText()).isEqualTo("too-much");
            assertThat(invalid.path("status").asInt()).isEqualTo(400);
            assertThat(invalid.path("detail").asText()).contains("progress");

            live.send("/app/habits/checkin", "unknown", Map.of("habit_id", UUID.randomUUID()));
            JsonNode unknown = live.nextError();
            assertThat(unknown.path("request_id").asText()).isEqualTo("unknown");
            assertThat(unknown.path("status").asInt()).isEqualTo(404);

            live.send("/app/habits/checkin", "future", Map.of("habit_id", UUID.randomUUID(),
                    "date", TestClock.today().plusDays(3).toString()));
            assertThat(live.nextError().path("status").asInt()).isEqualTo(400);

            live.send("/app/habits/checkin", "no-id", Map.of("notes", "which habit?"));
            JsonNode missing = live.nextError();
            assertThat(missing.path("status").asInt()).isEqualTo(400);
            assertThat(missing.path("detail").asText()).contains("habit_id");
            assertThat(live.isConnected()).isTrue();
        }
    }

    @Test
    void anotherUsersWritesNeverReachMyQueue() {
        TestUser ada = newUser();
        TestUser bob = newUser();
        UUID adasHabit = create(ada, "/api/habits", "{\"title\":\"Ada's\",\"frequency\":\"daily\"}");
        UUID bobsHabit = create(bob, "/api/habits", "{\"title\":\"Bob's\",\"frequency\":\"daily\"}");
        try (LiveClient adas = LiveClient.connect(port, ada.accessToken());
             LiveClient bobs = LiveClient.connect(port, bob.accessToken())) {
            api().post("/api/habits/" + adasHabit + "/checkin", ada.accessToken(), null);
            adas.nextUpdate("habit_updated", adasHabit);
            adas.nextUpdate("dashboard_updated", adasHabit);
            api().post("/api/habits/" + bobsHabit + "/checkin", bob.accessToken(), null);
            bobs.nextUpdate("dashboard_updated", bobsHabit);

            assertThat(bobs.drainUpdates()).noneMatch(u -> u.toString().contains(adasHabit.toString()));
            assertThat(adas.drainUpdates()).noneMatch(u -> u.toString().contains(bobsHabit.toString()));
        }
    }

    @Test
    void aDeletedEntityArrivesWithNullData() {
        TestUser ada = newUser();
        UUID habit = create(ada, "/api/habits", "{\"title\":\"Gone soon\",\"frequency\":\"daily\"}");
        try (LiveClient live = LiveClient.connect(port, ada.accessToken())) {
            assertThat(api().delete("/api/habits/" + habit, ada.accessToken()).status()).isEqualTo(204);

            JsonNode update = live.nextUpdate(u -> u.path("type").asText().equals("habit_updated")
                    && u.path("data").isNull(), "habit_updated with null data");

            assertThat(update.has("data")).isTrue();
            assertThat(update.path("entity_id").asText()).isEqualTo(habit.toString());
        }
    }

    @Test
    void everyFeatureAnnouncesItsWritesWithItsRestRead() {
        TestUser ada = newUser();
        String today = TestClock.today().toString();
        try (LiveClient live = LiveClient.connect(port, ada.accessToken())) {
            UUID project = create(ada, "/api/projects", "{\"title\":\"Training plan\"}");
            assertLive(live, ada, "project_updated", project, "/api/projects/" + project);

            UUID friend = create(ada, "/api/relationships",
                    "{\"contact_name\":\"Grace\",\"relationship_type\":\"friend\",\"contact_every_days\":14}");
            JsonNode relationship = assertLive(live, ada, "relationship_updated", friend, "/api/relationships/" + friend);
            assertThat(relationship.path("contact_name").asText()).isEqualTo("Grace");

            UUID record = create(ada, "/api/finance/records",
                    "{\"type\":\"expense\",\"amount\":42.50,\"category\":\"Groceries\",\"description\":\"weekly shop\"}");
            JsonNode money = assertLive(live, ada, "financial_record_updated", record, "/api/finance/records/" + record);
            assertThat(money.path("description").asText()).isEqualTo("weekly shop");

            String month = YearMonth.from(TestClock.today()).toString();
            assertThat(api().post("/api/finance/budget", ada.accessToken(),
                    "{\"category\":\"Groceries\",\"month\":\"" + month + "\",\"amount\":400}").status()).isEqualTo(200);
            JsonNode budget = live.nextUpdate(u -> u.path("type").asText().equals("budget_updated"), "budget_updated");
            assertThat(budget.path("data")).isEqualTo(read(ada, "/api/finance/budget?month=" + month));

            UUID metric = create(ada, "/api/health/metrics", "{\"metric_type\":\"weight\",\"value\":72.4}");
            assertLive(live, ada, "health_metric_updated", metric, "/api/health/metrics/" + metric);

            UUID session = create(ada, "/api/learning/sessions",
                    "{\"course_name\":\"SQL Basics\",\"duration_minutes\":45,\"notes\":\"joins at last\"}");
            JsonNode learning = assertLive(live, ada, "learning_session_updated", session,
                    "/api/learning/sessions/" + session);
            assertThat(learning.path("notes").asText()).isEqualTo("joins at last");

            UUID entry = create(ada, "/api/time/entries", "{\"activity\":\"Reading\",\"duration_minutes\":40}");
            assertLive(live, ada, "time_entry_updated", entry, "/api/time/entries/" + entry);

            UUID journal = create(ada, "/api/journal/entries",
                    "{\"content\":\"Long day, but the climbing fixed it.\",\"mood\":\"good\",\"entry_date\":\"" + today + "\"}");
            JsonNode written = assertLive(live, ada, "journal_entry_updated", journal, "/api/journal/entries/" + journal);
            assertThat(written.path("content").asText()).isEqualTo("Long day, but the climbing fixed it.");

            assertThat(live.nextUpdate("dashboard_updated", journal).path("data"))
                    .isEqualTo(read(ada, "/api/dashboard/overview"));
        }
    }

    @Test
    void aReplayAnnouncesNothing() {
        TestUser ada = newUser();
        UUID before = create(ada, "/api/habits", "{\"title\":\"Old\",\"frequency\":\"daily\"}");
        try (LiveClient live = LiveClient.connect(port, ada.accessToken())) {
            replay("habit", admin());
            UUID after = create(ada, "/api/habits", "{\"title\":\"New\",\"frequency\":\"daily\"}");

            JsonNode first = live.nextUpdate(u -> u.path("type").asText().equals("habit_updated"), "habit_updated");

            assertThat(first.path("entity_id").asText()).isEqualTo(after.toString());
            assertThat(live.drainUpdates()).noneMatch(u -> u.path("entity_id").asText().equals(before.toString()));
        }
    }

    private JsonNode assertLive(LiveClient live, TestUser user, String type, UUID entity, String restPath) {
        JsonNode data = live.nextUpdate(type, entity).path("data");
        assertThat(data).as(type).isEqualTo(read(user, restPath));
        return data;
    }

    private UUID create(TestUser user, String path, String body) {
        Api.Response created = api().post(path, user.accessToken(), body);
        assertThat(created.status()).as(path + " " + created.body()).isEqualTo(201);
        return UUID.fromString(created.json().path("id").asText());
    }

    private JsonNode read(TestUser user, String path) {
        Api.Response response = api().get(path, user.accessToken());
        assertThat(response.status()).as(path).isEqualTo(200);
        return response.json();
    }
}
