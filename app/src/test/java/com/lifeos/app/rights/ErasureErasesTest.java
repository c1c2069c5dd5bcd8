package com.lifeos.app.rights;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.lifeos.app.support.Api;
import com.lifeos.app.support.ApiTestSupport;
import com.lifeos.app.support.TestUser;
import com.lifeos.store.crypto.PrivateText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Erasure erases: every word a person typed, in every feature, is unreadable everywhere once their account is
 * erased — the event log (payloads and metadata), snapshots, audit rows, every other table, the auditor's
 * timeline and the log output — while before that the owner and auditors read it, and replays rebuild the
 * very same rows from the sealed log.
 */
@ExtendWith(OutputCaptureExtension.class)
class ErasureErasesTest extends ApiTestSupport {

    private static final List<String> GROUPS = List.of("habit", "goal", "relationship", "project", "account",
            "finance", "health", "learning", "time", "journal", "dashboard", "audit", "ai");
    /** Enough events on one goal for Axon to snapshot it (every 200 events). */
    private static final int SNAPSHOT_AFTER = 200;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void anErasedPersonsWordsAreNowhereNotInTheLogSnapshotsAuditRowsAnyTableTheTimelineOrTheLogs(
            CapturedOutput output) {
        TestUser admin = admin();
        TestUser user = newUser();
        Words words = new Words();
        Recorded recorded = recordEverything(user, words);
        String snapshotGoal = snapshotted(user, words);
        String legacyGoal = storedInClearBeforeSealingExisted(user, words);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(api().get("/api/goals/" + legacyGoal, user.accessToken()).status()).isEqualTo(200));
        assertThat(api().get("/api/goals/" + legacyGoal, user.accessToken()).json().path("title").asText())
                .as("text stored in clear before sealing reads as itself").isEqualTo(words.of("legacyTitle"));
        assertThat(textOf("SELECT payload FROM snapshot_event_entry WHERE aggregate_identifier = ?", snapshotGoal))
                .contains("\"v2." + user.id()).doesNotContainIgnoringCase(words.of("goalTitle"));
        // the audit group records the legacy event written straight into the log in its own time: counted before it
        // had, the erasure's one audit row would look like two
        awaitCaughtUp("audit", admin);
        long auditRows = count("SELECT COUNT(*) FROM audit_entry WHERE owner_id = ?", user.id());

        assertThat(api().send("DELETE", "/api/account", user.accessToken(),
                "{\"password\":\"%s\"}".formatted(user.password()), "application/json").status()).isEqualTo(204);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                count("SELECT COUNT(*) FROM audit_entry WHERE owner_id = ?", user.id())).isEqualTo(auditRows + 1));
        assertThat(count("SELECT COUNT(*) FROM snapshot_event_entry WHERE aggregate_identifier IN (?, ?)",
                snapshotGoal, legacyGoal)).isZero();
        Map<String, String> found = new LinkedHashMap<>();
        for (String[] column : textColumns()) {
            for (String value : valuesOf(column[0], column[1])) {
                words.foundIn(value).forEach(word -> found.put(word, column[0] + "." + column[1]));
            }
        }
        assertThat(found).as("words of the erased person still readable in the database").isEmpty();
        String timeline = auditorTimeline(admin, user.id());
        assertThat(words.foundIn(timeline)).as("words in the auditor's timeline").isEmpty();
        assertThat(timeline).contains(PrivateText.ERASED).contains("GoalCreated").contains(recorded.habit());
        assertThat(textOf("SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ?", legacyGoal))
                .contains("\"v2." + user.id());
        assertThat(words.foundIn(output.getAll())).as("words in the log output").isEmpty();
    }

    @Test
    void beforeErasureTheOwnerAndAuditorsReadTheWordsTheLogHoldsNoneAndAReplayRebuildsTheSameRows() {
        TestUser admin = admin();
        TestUser user = newUser();
        Words words = new Words();
        Recorded recorded = recordEverything(user, words);

        assertThat(api().get("/api/habits/" + recorded.habit(), user.accessToken()).json().path("title").asText())
                .isEqualTo(words.of("habitTitle"));
        assertThat(api().get("/api/goals/" + recorded.goal(), user.accessToken()).json().path("category").asText())
                .isEqualTo(words.of("goalCategory"));
        assertThat(api().get("/api/settings", user.accessToken()).json().path("zq_preference").asText())
                .isEqualTo(words.of("settingValue"));
        assertThat(api().get("/api/journal/entries/" + recorded.journal(), user.accessToken()).json().path("tags")
                .get(0).asText()).isEqualTo(words.of("journalTag"));
        String timeline = auditorTimeline(admin, user.id());
        assertThat(timeline).contains(words.of("habitTitle"), words.of("projectDescription"),
                words.of("timeActivity"), words.of("learningCourse"), words.of("budgetCategory"),
                words.of("healthType"), words.of("journalTag"), words.of("settingValue"));
        assertThat(api().get("/api/audit/entities/" + recorded.goal() + "/history", user.accessToken()).body())
                .contains(words.of("goalTitle"));
        List<String> log = new ArrayList<>();
        for (String column : List.of("payload", "meta_data")) {
            log.addAll(valuesOf("domain_event_entry", column));
        }
        log.addAll(valuesOf("audit_entry", "payload"));
        assertThat(log.stream().flatMap(value -> words.foundIn(value).stream()).distinct().toList())
                .as("words stored in clear in the event log or audit rows").isEmpty();
        Map<String, List<String>> before = rowsOf(user.id());

        replay(GROUPS, admin);

        assertThat(rowsOf(user.id())).isEqualTo(before);
    }

    @Test
    void theLogLetsOnlyAnErasuresTransactionChangeAPayloadAndNothingElse() {
        TestUser user = newUser();
        String goal = created(api().post("/api/goals", user.accessToken(), "{\"title\":\"Sealed\"}"));
        long event = count("SELECT MAX(global_index) FROM domain_event_entry WHERE aggregate_identifier = ?", goal);
        byte[] forged = "{}".getBytes(StandardCharsets.UTF_8);
        String payloadOnly = "UPDATE domain_event_entry SET payload = ? WHERE global_index = ?";

        assertThatThrownBy(() -> jdbc.update(payloadOnly, forged, event)).rootCause()
                .hasMessageContaining("append-only");
        TransactionTemplate erasure = new TransactionTemplate(transactions);
        erasure.executeWithoutResult(status -> {
            jdbc.update("INSERT INTO event_resealing (owner_id) VALUES (?)", user.id());
            assertThatThrownBy(() -> jdbc.update(
                    "UPDATE domain_event_entry SET payload = ?, payload_type = 'forged' WHERE global_index = ?",
                    forged, event)).rootCause().hasMessageContaining("append-only");
            status.setRollbackOnly();
        });
        erasure.executeWithoutResult(status -> {
            jdbc.update("INSERT INTO event_resealing (owner_id) VALUES (?)", user.id());
            assertThat(jdbc.update(payloadOnly, forged, event)).isOne();
            assertThatThrownBy(() -> jdbc.update("DELETE FROM domain_event_entry WHERE global_index = ?", event))
                    .rootCause().hasMessageContaining("append-only");
            status.setRollbackOnly();
        });
        assertThat(textOf("SELECT payload FROM domain_event_entry WHERE global_index = ?", event)).isNotEqualTo("{}");
        assertThat(count("SELECT COUNT(*) FROM event_resealing")).isZero();
    }

    @Test
    void textThatLooksSealedIsSealedAgainSoNobodyHasAnotherPersonsTextOpenedForThem() {
        TestUser owner = newUser();
        TestUser other = newUser();
        String habit = created(api().post("/api/habits", owner.accessToken(),
                "{\"title\":\"Stop drinking\",\"frequency\":\"daily\"}"));
        String sealedTitle = textOf("SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ?", habit)
                .replaceAll("(?s).*\"title\":\"(v2\\.[^\"]+)\".*", "$1");
        assertThat(sealedTitle).startsWith("v2." + owner.id() + ".");

        String copy = created(api().post("/api/habits", other.accessToken(),
                "{\"title\":\"%s\",\"frequency\":\"daily\"}".formatted(sealedTitle)));

        assertThat(api().get("/api/habits/" + copy, other.accessToken()).json().path("title").asText())
                .isEqualTo(sealedTitle);
        assertThat(textOf("SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ?", copy))
                .contains("\"title\":\"v2." + other.id() + ".").doesNotContain(sealedTitle);
    }

    /** One distinctive word per thing a person can type, unique to this run. */
    private static final class Words {

        private final String run;
        private final Map<String, String> byName = new LinkedHashMap<>();

        Words() {
            Random random = new Random();
            StringBuilder letters = new StringBuilder();
            for (int i = 0; i < 6; i++) {
                letters.append((char) ('a' + random.nextInt(26)));
            }
            run = letters.toString();
        }

        String of(String name) {
            return byName.computeIfAbsent(name, key -> "zq" + key.toLowerCase(Locale.ROOT) + run);
        }

        List<String> foundIn(String text) {
            String lower = text.toLowerCase(Locale.ROOT);
            return byName.values().stream().filter(lower::contains).toList();
        }
    }

    private record Recorded(String habit, String goal, String journal) {
    }

    private Recorded recordEverything(TestUser user, Words words) {
        String token = user.accessToken();
        String habit = created(api().post("/api/habits", token, """
                {"title":"%s","description":"%s","category":"%s","frequency":"daily"}"""
                .formatted(words.of("habitTitle"), words.of("habitDescription"), words.of("habitCategory"))));
        ok(api().post("/api/habits/" + habit + "/checkin", token, "{\"notes\":\"%s\"}"
                .formatted(words.of("checkinNote"))));
        String goal = created(api().post("/api/goals", token, """
                {"title":"%s","description":"%s","category":"%s"}"""
                .formatted(words.of("goalTitle"), words.of("goalDescription"), words.of("goalCategory"))));
        ok(api().put("/api/goals/" + goal + "/progress", token, "{\"progress\":30,\"note\":\"%s\"}"
                .formatted(words.of("goalNote"))));
        String project = created(api().post("/api/projects", token, """
                {"title":"%s","description":"%s","goal_id":"%s"}"""
                .formatted(words.of("projectTitle"), words.of("projectDescription"), goal)));
        ok(api().put("/api/projects/" + project + "/progress", token, "{\"progress\":20,\"note\":\"%s\"}"
                .formatted(words.of("projectNote"))));
        String contact = created(api().post("/api/relationships", token, """
                {"contact_name":"%s","relationship_type":"%s","notes":"%s","contact_every_days":14}"""
                .formatted(words.of("contactName"), words.of("relationshipType"), words.of("contactNote"))));
        ok(api().post("/api/relationships/" + contact + "/interactions", token, """
                {"date":"2026-01-02","kind":"%s","notes":"%s"}"""
                .formatted(words.of("interactionKind"), words.of("interactionNote"))));
        ok(api().put("/api/settings/zq_preference", token, "{\"value\":\"%s\"}".formatted(words.of("settingValue"))));
        ok(api().post("/api/finance/records", token, """
                {"type":"expense","amount":12.50,"category":"%s","description":"%s","date":"2026-01-02"}"""
                .formatted(words.of("financeCategory"), words.of("financeDescription"))));
        ok(api().post("/api/finance/budget", token, "{\"category\":\"%s\",\"month\":\"2026-01\",\"amount\":300}"
                .formatted(words.of("budgetCategory"))));
        ok(api().post("/api/health/metrics", token, """
                {"metric_type":"%s","value":3,"unit":"%s","notes":"%s"}"""
                .formatted(words.of("healthType"), words.of("healthUnit"), words.of("healthNote"))));
        ok(api().post("/api/learning/sessions", token, """
                {"course_name":"%s","platform":"%s","duration_minutes":30,"notes":"%s"}"""
                .formatted(words.of("learningCourse"), words.of("learningPlatform"), words.of("learningNote"))));
        ok(api().post("/api/time/entries", token, "{\"activity\":\"%s\",\"category\":\"%s\",\"duration_minutes\":45}"
                .formatted(words.of("timeActivity"), words.of("timeCategory"))));
        String journal = created(api().post("/api/journal/entries", token, "{\"content\":\"%s\",\"tags\":[\"%s\"]}"
                .formatted(words.of("journalContent"), words.of("journalTag"))));
        JsonNode suggestion = api().post("/api/ai/goal-suggestions", token, null).json().path("suggestions").get(0);
        created(api().post("/api/goals", token, "{\"title\":\"%s\",\"suggestion_id\":\"%s\"}"
                .formatted(words.of("acceptedSuggestion"), suggestion.path("id").asText())));
        return new Recorded(habit, goal, journal);
    }

    /** A goal changed often enough to be snapshotted; the snapshot holds its title and category. */
    private String snapshotted(TestUser user, Words words) {
        String goal = created(api().post("/api/goals", user.accessToken(), "{\"title\":\"%s\",\"category\":\"%s\"}"
                .formatted(words.of("goalTitle"), words.of("goalCategory"))));
        for (int i = 0; i <= SNAPSHOT_AFTER + 1; i++) {
            ok(api().put("/api/goals/" + goal + "/progress", user.accessToken(),
                    "{\"progress\":%d}".formatted(1 + i % 90)));
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                count("SELECT COUNT(*) FROM snapshot_event_entry WHERE aggregate_identifier = ?", goal)).isOne());
        return goal;
    }

    /**
     * A goal as LifeOS stored it before personal text was sealed: its event and its snapshot hold the title in
     * clear. Written straight into the tables, as an older version of the app left them.
     */
    private String storedInClearBeforeSealingExisted(TestUser user, Words words) {
        String goal = UUID.randomUUID().toString();
        String clear = """
                {"goalId":"%s","userId":"%s","title":"%s","description":"%s","category":"%s","targetDate":null,\
                "priority":"medium"}""".formatted(goal, user.id(), words.of("legacyTitle"),
                words.of("legacyDescription"), words.of("legacyCategory"));
        String timestamp = jdbc.queryForObject("SELECT MAX(time_stamp) FROM domain_event_entry", String.class);
        jdbc.update("""
                INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                                                time_stamp, payload_type, payload_revision, payload, meta_data)
                VALUES (?, ?, 0, 'Goal', ?, 'com.lifeos.api.goal.GoalCreatedEvent', NULL, ?, ?)""",
                UUID.randomUUID().toString(), goal, timestamp, clear.getBytes(StandardCharsets.UTF_8),
                "{\"userId\":\"%s\"}".formatted(user.id()).getBytes(StandardCharsets.UTF_8));
        jdbc.update("""
                INSERT INTO snapshot_event_entry (aggregate_identifier, sequence_number, type, event_identifier,
                                                  time_stamp, payload_type, payload_revision, payload, meta_data)
                VALUES (?, 0, 'Goal', ?, ?, 'com.lifeos.command.goal.Goal', NULL, ?, ?)""",
                goal, UUID.randomUUID().toString(), timestamp, clear.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
        return goal;
    }

    /** Every page of a person's timeline as an auditor reads it. */
    private String auditorTimeline(TestUser auditor, UUID subject) {
        StringBuilder all = new StringBuilder();
        for (int page = 0; ; page++) {
            Api.Response response = api().get("/api/audit/users/%s/timeline?size=100&page=%d".formatted(subject, page),
                    auditor.accessToken());
            assertThat(response.status()).isEqualTo(200);
            all.append(response.body());
            if (response.json().path("items").size() < 100) {
                return all.toString();
            }
        }
    }

    /** Every column of every table that can hold text: character types, JSON and bytes. */
    private List<String[]> textColumns() {
        List<String[]> columns = jdbc.query("""
                SELECT table_name, column_name FROM information_schema.columns
                WHERE table_schema = current_schema()
                  AND data_type IN ('text', 'character varying', 'character', 'bytea', 'json', 'jsonb')""",
                (row, i) -> new String[] {row.getString(1), row.getString(2)});
        assertThat(columns.stream().map(column -> column[0]).distinct())
                .contains("domain_event_entry", "snapshot_event_entry", "audit_entry", "habit", "dashboard_activity");
        return columns;
    }

    private List<String> valuesOf(String table, String column) {
        return jdbc.query("SELECT \"%s\" FROM \"%s\" WHERE \"%s\" IS NOT NULL".formatted(column, table, column),
                (row, i) -> {
                    Object value = row.getObject(1);
                    return value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : value.toString();
                });
    }

    /** The person's rows in every read model and the audit table, each table's rows as sorted strings. */
    private Map<String, List<String>> rowsOf(UUID userId) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String table : jdbc.queryForList("""
                SELECT DISTINCT table_name FROM information_schema.columns WHERE table_schema = current_schema()
                  AND column_name IN ('user_id', 'owner_id') ORDER BY table_name""", String.class)) {
            String owner = jdbc.queryForObject("""
                    SELECT MIN(column_name) FROM information_schema.columns WHERE table_schema = current_schema()
                      AND table_name = ? AND column_name IN ('owner_id', 'user_id')""", String.class, table);
            List<String> tableRows = new ArrayList<>(jdbc.query("SELECT * FROM \"%s\" WHERE \"%s\" = ?"
                    .formatted(table, owner), (row, i) -> {
                        StringBuilder line = new StringBuilder();
                        for (int c = 1; c <= row.getMetaData().getColumnCount(); c++) {
                            Object value = row.getObject(c);
                            line.append(value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                                    : String.valueOf(value)).append('|');
                        }
                        return line.toString();
                    }, userId));
            tableRows.sort(String::compareTo);
            rows.put(table, tableRows);
        }
        assertThat(rows.keySet()).contains("audit_entry", "habit", "goal", "journal_entry_tag", "user_setting");
        return rows;
    }

    private String textOf(String sql, Object... arguments) {
        return String.join("\n", jdbc.query(sql, (row, i) -> new String(row.getBytes(1), StandardCharsets.UTF_8),
                arguments));
    }

    private long count(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Long.class, arguments);
    }

    private static String created(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asText();
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isIn(200, 201, 204);
    }
}
