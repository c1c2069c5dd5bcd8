package com.lifeos.app.audit;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.lifeos.app.support.Api;
import com.lifeos.app.support.ApiTestSupport;
import com.lifeos.app.support.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** What the timeline's payloads look like to their owner and to an auditor, and how its filters answer. */
class AuditPayloadsTest extends ApiTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theOwnerReadsTheirOwnHistoryInSnakeCaseWithTheirNotesOpened() {
        TestUser user = newUser();
        String habit = created(user, "/api/habits", "{\"title\":\"Reflect\",\"frequency\":\"daily\"}");
        api().post("/api/habits/" + habit + "/checkin", user.accessToken(), "{\"notes\":\"argued with Sam\"}");

        JsonNode history = api().get("/api/audit/entities/" + habit + "/history", user.accessToken()).json();
        JsonNode checkIn = history.path("items").get(1).path("payload");
        JsonNode timelineCheckIn = api().get("/api/audit/timeline?type=HabitCheckedIn", user.accessToken()).json()
                .path("items").get(0).path("payload");

        assertThat(history.path("items").get(0).path("payload").path("definition").path("title").asText())
                .isEqualTo("Reflect");
        assertThat(checkIn.path("notes").asText()).isEqualTo("argued with Sam");
        assertThat(checkIn.path("habit_id").asText()).isEqualTo(habit);
        assertThat(checkIn.path("user_id").asText()).isEqualTo(user.id().toString());
        assertThat(checkIn.has("check_in_id")).isTrue();
        assertThat(checkIn.has("habitId")).isFalse();
        assertThat(timelineCheckIn).isEqualTo(checkIn);
        assertStoredEventsUnchanged(habit);
    }

    @Test
    void enumValuesInPayloadsReadInLowerCaseAsEverywhereElseInTheApi() {
        TestUser user = newUser();
        String habit = created(user, "/api/habits",
                "{\"title\":\"Standup\",\"frequency\":\"weekdays\",\"days_of_week\":[\"MON\",\"wed\"]}");
        String project = created(user, "/api/projects", "{\"title\":\"Garden\"}");
        api().put("/api/projects/" + project, user.accessToken(), "{\"status\":\"on_hold\"}");

        JsonNode definition = api().get("/api/audit/entities/" + habit + "/history", user.accessToken()).json()
                .path("items").get(0).path("payload").path("definition");
        JsonNode projectHistory = api().get("/api/audit/entities/" + project + "/history", user.accessToken()).json();

        assertThat(definition.path("frequency").asText()).isEqualTo("weekdays");
        assertThat(definition.path("days_of_week").toString()).isEqualTo("[\"monday\",\"wednesday\"]");
        assertThat(projectHistory.toString()).contains("\"on_hold\"").doesNotContain("ON_HOLD");
        assertThat(jdbc.queryForList("SELECT payload FROM audit_entry WHERE entity_id = ?", String.class, habit)
                .get(0)).contains("\"MONDAY\"");
    }

    @Test
    void anAuditorReadsSomeoneElsesPrivateTextAsPrivateAndTheirOtherWordsOpened() {
        TestUser subject = newUser();
        TestUser auditor = auditor();
        String habit = created(subject, "/api/habits", "{\"title\":\"Reflect\",\"frequency\":\"daily\"}");
        api().post("/api/habits/" + habit + "/checkin", subject.accessToken(), "{\"notes\":\"argued with Sam\"}");
        String journal = created(subject, "/api/journal/entries", "{\"content\":\"a quiet day\",\"tags\":[\"calm\"]}");

        Api.Response read = api().get("/api/audit/users/" + subject.id() + "/timeline", auditor.accessToken());

        assertThat(read.status()).isEqualTo(200);
        JsonNode items = read.json().path("items");
        JsonNode checkIn = payloadOf(items, "HabitCheckedIn");
        JsonNode entry = payloadOf(items, "JournalEntryWritten").path("details");
        assertThat(checkIn.path("notes").asText()).isEqualTo("[private]");
        assertThat(checkIn.path("habit_id").asText()).isEqualTo(habit);
        assertThat(payloadOf(items, "HabitCreated").path("definition").path("title").asText()).isEqualTo("Reflect");
        assertThat(entry.path("content").asText()).isEqualTo("[private]");
        assertThat(entry.path("tags").get(0).asText()).isEqualTo("calm");
        assertThat(read.body()).doesNotContain("argued", "quiet", "\"v1.", "\"v2.", "userId");
        assertThat(api().get("/api/audit/entities/" + journal + "/history", subject.accessToken()).json()
                .path("items").get(0).path("payload").path("details").path("content").asText()).isEqualTo("a quiet day");
        assertStoredEventsUnchanged(habit);
    }

    @Test
    void theTypeFilterIgnoresCaseAndSeparatorsAndAnUnknownTypeIsABadRequestListingTheKnownOnes() {
        TestUser user = newUser();
        String habit = created(user, "/api/habits", "{\"title\":\"Read\",\"frequency\":\"daily\"}");
        api().post("/api/habits/" + habit + "/checkin", user.accessToken(), "{}");

        for (String type : List.of("HabitCheckedIn", "habitcheckedin", "HABIT_CHECKED_IN", "habit-checked-in")) {
            JsonNode page = api().get("/api/audit/timeline?type=" + type, user.accessToken()).json();
            assertThat(page.path("total_items").asInt()).as(type).isEqualTo(1);
            assertThat(page.path("items").get(0).path("type").asText()).isEqualTo("HabitCheckedIn");
        }
        assertThat(api().get("/api/audit/timeline?type=GoalCompleted", user.accessToken()).json()
                .path("total_items").asInt()).as("a known type nobody recorded yet").isZero();

        Api.Response unknown = api().get("/api/audit/timeline?type=HabitExploded", user.accessToken());
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().path("errors").findValuesAsText("field")).containsExactly("type");
        assertThat(unknown.json().path("errors").get(0).path("message").asText())
                .contains("HabitCheckedIn", "GoalCreated", "UserTimelineRead", "/api/audit/types");

        JsonNode types = api().get("/api/audit/types", user.accessToken()).json().path("items");
        List<String> names = new ArrayList<>();
        for (JsonNode type : types) {
            names.add(type.asText());
        }
        assertThat(names).contains("HabitCheckedIn", "AccountRegistered", "UserTimelineRead")
                .doesNotContain("HabitCheckedInEvent").isSorted();
    }

    @Test
    void everyBadFilterIsNamedInOneAnswerAndABadAuditorReadRecordsNothing() {
        TestUser subject = newUser();
        TestUser auditor = auditor();

        Api.Response bad = api().get("/api/audit/timeline?from=nonsense&type=Nope&entity_id=42&size=500",
                subject.accessToken());
        Api.Response badRead = api().get("/api/audit/users/" + subject.id() + "/timeline?type=nope",
                auditor.accessToken());

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("from", "type", "entity_id", "size");
        assertThat(badRead.status()).isEqualTo(400);
        assertThat(api().get("/api/audit/timeline?type=user_timeline_read", subject.accessToken()).json()
                .path("total_items").asInt()).isZero();
        String habit = created(subject, "/api/habits", "{\"title\":\"Read\",\"frequency\":\"daily\"}");
        assertThat(api().get("/api/audit/timeline?entity_id=" + habit.toUpperCase(), subject.accessToken()).json()
                .path("total_items").asInt()).isOne();
    }

    /** A person granted only AUDITOR, as an operator grants it today: a row in account_roles. */
    private TestUser auditor() {
        TestUser auditor = newUser();
        jdbc.update("INSERT INTO account_roles (account_id, role) VALUES (?, 'AUDITOR')", auditor.id());
        return auditor;
    }

    private String created(TestUser user, String path, String body) {
        Api.Response response = api().post(path, user.accessToken(), body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asText();
    }

    private static JsonNode payloadOf(JsonNode items, String type) {
        for (JsonNode item : items) {
            if (item.path("type").asText().equals(type)) {
                return item.path("payload");
            }
        }
        throw new AssertionError("no " + type + " in " + items);
    }

    /** The rows keep the events exactly as stored: camelCase, sealed. */
    private void assertStoredEventsUnchanged(String habit) {
        assertThat(jdbc.queryForList("SELECT payload FROM audit_entry WHERE entity_id = ? ORDER BY sequence",
                String.class, habit)).allSatisfy(stored -> assertThat(stored).contains("\"habitId\"")
                .doesNotContain("habit_id", "argued", "Reflect", "[private]"));
    }
}
