package com.lifeos.app.rights;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.lifeos.api.shared.SealedText;
import com.lifeos.app.support.Api;
import com.lifeos.app.support.ApiTestSupport;
import com.lifeos.app.support.TestUser;
import com.lifeos.store.crypto.PrivateText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class AccountDataRightsTest extends ApiTestSupport {

    /** Every read-model table holding a person's rows, with its owner column. */
    private static final Map<String, String> PROJECTION_TABLES = Map.ofEntries(
            Map.entry("habit", "user_id"), Map.entry("habit_checkin", "user_id"),
            Map.entry("goal", "user_id"), Map.entry("goal_progress", "user_id"),
            Map.entry("relationship", "user_id"), Map.entry("relationship_interaction", "user_id"),
            Map.entry("user_setting", "user_id"), Map.entry("project", "user_id"),
            Map.entry("financial_record", "user_id"), Map.entry("finance_budget", "user_id"),
            Map.entry("health_metric", "user_id"), Map.entry("learning_session", "user_id"),
            Map.entry("time_entry", "user_id"), Map.entry("journal_entry", "user_id"),
            Map.entry("journal_entry_tag", "user_id"), Map.entry("dashboard_subject", "user_id"),
            Map.entry("dashboard_fact", "user_id"), Map.entry("dashboard_activity", "user_id"),
            Map.entry("ai_suggestion", "user_id"));
    private static final List<String> GROUPS = List.of("habit", "goal", "relationship", "project", "account",
            "finance", "health", "learning", "time", "journal", "dashboard", "audit", "ai");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PrivateText privateText;

    @Test
    void anExportHoldsTheProfileSettingsAndEveryEventWithPrivateTextOpened() {
        TestUser user = newUser("Europe/Paris");
        String habit = api().post("/api/habits", user.accessToken(), "{\"title\":\"Reflect\",\"frequency\":\"daily\"}")
                .json().path("id").asText();
        api().post("/api/habits/" + habit + "/checkin", user.accessToken(), "{\"notes\":\"argued with Sam\"}");
        String goal = api().post("/api/goals", user.accessToken(), "{\"title\":\"Run a marathon\"}")
                .json().path("id").asText();
        api().put("/api/goals/" + goal + "/progress", user.accessToken(), "{\"progress\":30,\"note\":\"knee hurts\"}");
        api().put("/api/settings/currency", user.accessToken(), "{\"value\":\"EUR\"}");
        JsonNode offered = api().post("/api/ai/goal-suggestions", user.accessToken(), null).json()
                .path("suggestions").get(0);
        TestUser stranger = newUser();
        api().post("/api/habits", stranger.accessToken(), "{\"title\":\"Not yours\",\"frequency\":\"daily\"}");

        Api.Response export = api().send("GET", "/api/account/export", user.accessToken(), null, null);

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.header("Content-Disposition")).isEqualTo("attachment; filename=\"lifeos-export.json\"");
        JsonNode document = export.json();
        assertThat(document.path("exported_at").asText()).isNotBlank();
        assertThat(document.path("profile")).isEqualTo(api().get("/api/auth/me", user.accessToken()).json());
        assertThat(document.path("settings").path("currency").asText()).isEqualTo("EUR");
        assertThat(document.path("settings").path("timezone").asText()).isEqualTo("Europe/Paris");
        JsonNode habitEntity = entity(document, habit);
        assertThat(habitEntity.path("entity_type").asText()).isEqualTo("Habit");
        assertThat(habitEntity.path("events").findValuesAsText("type")).containsExactly("HabitCreated", "HabitCheckedIn");
        assertThat(habitEntity.path("events").get(1).path("payload").path("notes").asText()).isEqualTo("argued with Sam");
        assertThat(habitEntity.path("events").get(1).path("sequence").asLong()).isEqualTo(1);
        assertThat(entity(document, goal).toString()).contains("\"note\":\"knee hurts\"").doesNotContain("v1.");
        JsonNode suggestion = entity(document, offered.path("id").asText());
        assertThat(suggestion.path("entity_type").asText()).isEqualTo("Suggestion");
        assertThat(suggestion.path("events").get(0).path("payload").path("content").asText())
                .contains(offered.path("title").asText());
        assertThat(entity(document, user.id().toString()).path("events").findValuesAsText("type"))
                .contains("AccountRegistered", "AccountSettingChanged");
        assertThat(export.body()).doesNotContain("Not yours").doesNotContain(stranger.id().toString());
        assertThat(api().get("/api/account/export", null).status()).isEqualTo(401);
    }

    @Test
    void erasureNeedsTheRightPassword() {
        TestUser user = newUser();
        assertThat(erase(user, "{\"password\":\"wrong password\"}").status()).isEqualTo(403);
        assertThat(erase(user, "{}").json().path("errors").findValuesAsText("field")).contains("password");
        assertThat(erase(user, "{}").status()).isEqualTo(400);
        assertThat(api().get("/api/auth/me", user.accessToken()).status()).isEqualTo(200);
        assertThat(login(user).status()).isEqualTo(200);
    }

    @Test
    void anErasedPersonIsForgottenByEveryReadModelButTheLogKeepsItsSealedFacts() {
        TestUser admin = admin();
        TestUser user = newUser();
        String habit = api().post("/api/habits", user.accessToken(), "{\"title\":\"Reflect\",\"frequency\":\"daily\"}")
                .json().path("id").asText();
        api().post("/api/habits/" + habit + "/checkin", user.accessToken(), "{\"notes\":\"argued with Sam\"}");
        String goal = api().post("/api/goals", user.accessToken(), "{\"title\":\"Run\"}").json().path("id").asText();
        api().put("/api/goals/" + goal + "/progress", user.accessToken(), "{\"progress\":30,\"note\":\"knee hurts\"}");
        String contact = api().post("/api/relationships", user.accessToken(),
                "{\"contact_name\":\"Ana\",\"notes\":\"climbing\"}").json().path("id").asText();
        api().post("/api/relationships/" + contact + "/interactions", user.accessToken(),
                "{\"date\":\"2026-01-02\",\"kind\":\"call\"}");
        api().put("/api/settings/ui.theme", user.accessToken(), "{\"value\":\"dark\"}");
        String suggestion = api().post("/api/ai/goal-suggestions", user.accessToken(), null).json()
                .path("suggestions").get(0).path("id").asText();
        assertThat(api().post("/api/goals", user.accessToken(), "{\"title\":\"Suggested\",\"suggestion_id\":\"%s\"}"
                .formatted(suggestion)).status()).isEqualTo(201);
        assertThat(api().post("/api/projects", user.accessToken(), "{\"title\":\"Garden\"}").status()).isEqualTo(201);
        for (String[] write : new String[][] {
                {"/api/finance/records", "{\"type\":\"expense\",\"amount\":12.50,\"category\":\"Food\",\"date\":\"2026-01-02\"}"},
                {"/api/finance/budget", "{\"category\":\"Food\",\"month\":\"2026-01\",\"amount\":300}"},
                {"/api/health/metrics", "{\"metric_type\":\"weight\",\"value\":70.5,\"unit\":\"kg\"}"},
                {"/api/learning/sessions", "{\"course_name\":\"SQL\",\"duration_minutes\":30}"},
                {"/api/time/entries", "{\"activity\":\"Writing\",\"duration_minutes\":45}"},
                {"/api/journal/entries", "{\"content\":\"a private day\",\"tags\":[\"home\"]}"}}) {
            assertThat(api().post(write[0], user.accessToken(), write[1]).status()).as(write[0]).isIn(200, 201);
        }
        String sealedNote = jdbc.queryForObject("SELECT notes FROM habit_checkin WHERE user_id = ?", String.class,
                user.id());
        assertThat(privateText.open(user.id(), new SealedText(sealedNote))).isEqualTo("argued with Sam");
        for (String table : PROJECTION_TABLES.keySet()) {
            assertThat(rowsOf(table, user.id())).as(table).isPositive();
        }
        long events = count("SELECT COUNT(*) FROM domain_event_entry");
        long audit = count("SELECT COUNT(*) FROM audit_entry WHERE owner_id = '" + user.id() + "'");

        assertThat(erase(user, "{\"password\":\"%s\"}".formatted(user.password())).status()).isEqualTo(204);

        assertThat(api().get("/api/auth/me", user.accessToken()).status()).isEqualTo(401);
        assertThat(api().get("/api/audit/timeline", user.accessToken()).status()).isEqualTo(401);
        assertThat(api().get("/api/habits", user.accessToken()).status()).isEqualTo(401);
        assertThat(login(user).status()).isEqualTo(401);
        assertThat(api().post("/api/auth/refresh", null, "{\"refresh_token\":\"%s\"}".formatted(user.refreshToken()))
                .status()).isEqualTo(401);
        assertThat(count("SELECT COUNT(*) FROM domain_event_entry")).isEqualTo(events + 1);
        assertThat(count("SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = '" + user.id()
                + "' AND payload_type LIKE '%AccountErasedEvent'")).isEqualTo(1);
        assertNoRowsOf(user.id());
        assertThat(count("SELECT COUNT(*) FROM accounts WHERE id = '" + user.id() + "'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM refresh_tokens WHERE account_id = '" + user.id() + "'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM user_key WHERE user_id = '" + user.id() + "'")).isZero();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                count("SELECT COUNT(*) FROM audit_entry WHERE owner_id = '" + user.id() + "'")).isEqualTo(audit + 1));
        assertThat(privateText.open(user.id(), new SealedText(sealedNote))).isEqualTo(PrivateText.ERASED);

        Api.Response again = api().post("/api/auth/register", null,
                "{\"email\":\"%s\",\"password\":\"another password\"}".formatted(user.email()));
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().path("user").path("id").asText()).isNotEqualTo(user.id().toString());
        String fresh = again.json().path("access_token").asText();
        assertThat(api().get("/api/habits", fresh).json().path("items")).isEmpty();
        assertThat(api().get("/api/goals", fresh).json().path("items")).isEmpty();
        assertThat(api().get("/api/relationships", fresh).json().path("items")).isEmpty();
        assertThat(api().get("/api/projects", fresh).json().path("items")).isEmpty();
        for (String list : List.of("/api/finance/records", "/api/health/metrics", "/api/learning/sessions",
                "/api/time/entries", "/api/journal/entries")) {
            assertThat(api().get(list, fresh).json().path("items")).as(list).isEmpty();
        }
        assertThat(api().get("/api/settings", fresh).json().has("ui.theme")).isFalse();
        assertThat(api().get("/api/audit/timeline", fresh).body()).doesNotContain(user.id().toString());
        assertThat(api().get("/api/habits/" + habit, fresh).status()).isEqualTo(404);

        replay(GROUPS, admin);
        assertNoRowsOf(user.id());
        assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE owner_id = '" + user.id() + "'"))
                .isEqualTo(audit + 1);
    }

    private void assertNoRowsOf(UUID userId) {
        for (String table : PROJECTION_TABLES.keySet()) {
            assertThat(rowsOf(table, userId)).as(table).isZero();
        }
    }

    private long rowsOf(String table, UUID userId) {
        return count("SELECT COUNT(*) FROM " + table + " WHERE " + PROJECTION_TABLES.get(table) + " = '" + userId + "'");
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private Api.Response erase(TestUser user, String body) {
        return api().send("DELETE", "/api/account", user.accessToken(), body, "application/json");
    }

    private Api.Response login(TestUser user) {
        return api().post("/api/auth/login", null,
                "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(user.email(), user.password()));
    }

    private static JsonNode entity(JsonNode document, String entityId) {
        for (JsonNode entity : document.path("entities")) {
            if (entity.path("entity_id").asText().equals(entityId)) {
                return entity;
            }
        }
        throw new AssertionError("no entity " + entityId + " in " + document);
    }
}
