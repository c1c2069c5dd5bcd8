package com.lifeos.app.admin;

import java.time.Duration;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.lifeos.api.habit.HabitChangedEvent;
import com.lifeos.api.habit.HabitCreatedEvent;
import com.lifeos.app.support.ApiTestSupport;
import com.lifeos.app.support.TestUser;
import com.lifeos.projection.shared.RowAppends;
import com.lifeos.store.projection.ProjectionCounters;
import com.lifeos.store.projection.ProjectionGauges;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A processing group whose handler the database refuses for one entity: that entity's events are parked in the
 * group's dead-letter queue, in order, and the group goes on for everyone else. The refusal comes from the database
 * at commit, as PostgreSQL refused NUL characters and extreme dates, through a group of this test's own
 * ({@value Probe#GROUP}) whose rows a trigger refuses for the habits listed in {@code probe_refusal}.
 */
@Import(DeadLetterTest.Probe.class)
@DirtiesContext
// the probe group makes this a context of its own: on the shared database its processors would compete with the
// shared context's for the same tokens, as a second instance does
@TestPropertySource(properties = "lifeos.test.database=dead_letters")
class DeadLetterTest extends ApiTestSupport {

    private static final String PRIVATE_TEXT = "Stop drinking";
    private static final String LETTERS = "/api/admin/projections/" + Probe.GROUP + "/dead-letters";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRegistry meters;

    @Test
    void aRefusedEventParksItsEntityAndTheGroupGoesOnForEveryoneElse() {
        TestUser admin = admin();
        TestUser victim = newUser();
        TestUser other = newUser();
        UUID poisoned = UUID.randomUUID();
        refuse(poisoned);

        assertThat(createHabit(victim, poisoned, PRIVATE_TEXT)).isEqualTo(201);
        assertThat(api().put("/api/habits/" + poisoned, victim.accessToken(), "{\"title\":\"" + PRIVATE_TEXT
                + " now\"}").status()).isEqualTo(200);
        UUID othersHabit = UUID.randomUUID();
        UUID victimsOtherHabit = UUID.randomUUID();
        assertThat(createHabit(other, othersHabit, "Walk")).isEqualTo(201);
        assertThat(createHabit(victim, victimsOtherHabit, "Read")).isEqualTo(201);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(probeSequence(othersHabit)).isZero();
            assertThat(probeSequence(victimsOtherHabit)).isZero();
        });
        JsonNode letters = await().atMost(Duration.ofSeconds(30))
                .until(() -> api().get(LETTERS, admin.accessToken()).json(),
                        list -> list.path("total_items").asLong() == 2);
        assertThat(probeRows(poisoned)).isZero();
        JsonNode created = letters.path("items").get(0);
        JsonNode changed = letters.path("items").get(1);
        assertThat(created.path("event_type").asText()).isEqualTo(HabitCreatedEvent.class.getSimpleName());
        assertThat(created.path("entity_id").asText()).isEqualTo(poisoned.toString());
        assertThat(created.path("entity_sequence").asLong()).isZero();
        assertThat(created.path("attempts").asInt()).isEqualTo(1);
        assertThat(created.path("error_message").asText()).startsWith("SQLState 23514");
        assertThat(created.path("first_failure_at").isTextual()).isTrue();
        assertThat(created.path("last_failure_at").isTextual()).isTrue();
        assertThat(changed.path("event_type").asText()).isEqualTo(HabitChangedEvent.class.getSimpleName());
        assertThat(changed.path("entity_sequence").asLong()).isEqualTo(1);
        assertThat(changed.path("attempts").asInt()).as("parked behind the first, never tried").isZero();
        assertThat(letters.path("page").asInt()).isZero();
        assertThat(letters.path("total_pages").asInt()).isEqualTo(1);
        assertThat(letters.toString()).doesNotContain(PRIVATE_TEXT).doesNotContain("refused");

        JsonNode status = api().get("/api/admin/projections/" + Probe.GROUP, admin.accessToken()).json();
        assertThat(status.path("status").asText()).isEqualTo("running");
        assertThat(status.path("dead_letters").asLong()).isEqualTo(2);
        assertThat(gauge()).isEqualTo(2.0);
        assertThat(handlerErrors()).as("the first event failed; the second was parked behind it untried")
                .isEqualTo(1.0);
        JsonNode health = api().get("/actuator/health", admin.accessToken()).json();
        assertThat(health.path("status").asText()).isEqualTo("DEGRADED");
        assertThat(health.path("components").path("processingGroups").path("details").path("dead_letters")
                .path(Probe.GROUP).asLong()).isEqualTo(2);

        String stillRefused = api().post(LETTERS + "/" + changed.path("event_id").asText() + "/retry",
                admin.accessToken(), null).body();
        assertThat(stillRefused).contains("\"resolved\":false", "\"still_parked\":2");
        assertThat(api().get(LETTERS, admin.accessToken()).json().path("items").get(0).path("attempts").asInt())
                .isEqualTo(2);
        assertThat(handlerErrors()).as("the failed retry").isEqualTo(2.0);

        jdbc.update("DELETE FROM probe_refusal WHERE habit_id = ?", poisoned);
        var retried = api().post(LETTERS + "/" + created.path("event_id").asText() + "/retry", admin.accessToken(),
                null);
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.json().path("resolved").asBoolean()).isTrue();
        assertThat(probeSequence(poisoned)).as("both events applied, in order").isEqualTo(1);
        assertThat(api().get(LETTERS, admin.accessToken()).json().path("total_items").asLong()).isZero();
        assertThat(gauge()).isZero();
        assertThat(handlerErrors()).as("a retry that succeeds is no error").isEqualTo(2.0);
        assertThat(api().get("/actuator/health", admin.accessToken()).json().path("components").path("processingGroups")
                .path("details").path("dead_letters").has(Probe.GROUP)).isFalse();
    }

    /** The case: the habits table refuses one habit's row, and other people's new habits still appear. */
    @Test
    void aHabitTheDatabaseRefusesNoLongerHidesOtherPeoplesHabits() {
        TestUser admin = admin();
        TestUser victim = newUser();
        TestUser other = newUser();
        UUID refused = UUID.randomUUID();
        String constraint = "dead_letter_test_" + refused.toString().substring(0, 8);
        jdbc.execute("ALTER TABLE habit ADD CONSTRAINT %s CHECK (id <> '%s')".formatted(constraint, refused));
        try {
            createHabit(victim, refused, PRIVATE_TEXT);
            UUID othersHabit = UUID.randomUUID();
            createHabit(other, othersHabit, "Walk");
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                    api().get("/api/habits/" + othersHabit, other.accessToken()).status()).isEqualTo(200));
            JsonNode letter = await().atMost(Duration.ofSeconds(30))
                    .until(() -> api().get("/api/admin/projections/habit/dead-letters", admin.accessToken()).json()
                            .path("items"), items -> items.size() == 1).get(0);
            assertThat(letter.path("entity_id").asText()).isEqualTo(refused.toString());
            assertThat(letter.path("error_message").asText()).isEqualTo("SQLState 23514, constraint " + constraint);
            assertThat(api().get("/api/habits/" + refused, victim.accessToken()).status()).isEqualTo(404);
        } finally {
            jdbc.execute("ALTER TABLE habit DROP CONSTRAINT " + constraint);
        }
        JsonNode letter = api().get("/api/admin/projections/habit/dead-letters", admin.accessToken()).json()
                .path("items").get(0);
        assertThat(api().post("/api/admin/projections/habit/dead-letters/" + letter.path("event_id").asText()
                + "/retry", admin.accessToken(), null).json().path("resolved").asBoolean()).isTrue();
        assertThat(api().get("/api/habits/" + refused, victim.accessToken()).json().path("title").asText())
                .isEqualTo(PRIVATE_TEXT);
    }

    @Test
    void anEvictedEventIsDroppedForGood() {
        TestUser admin = admin();
        TestUser user = newUser();
        UUID poisoned = UUID.randomUUID();
        refuse(poisoned);
        createHabit(user, poisoned, PRIVATE_TEXT);
        JsonNode letter = await().atMost(Duration.ofSeconds(30))
                .until(() -> api().get(LETTERS, admin.accessToken()).json().path("items"), items -> items.size() == 1)
                .get(0);

        String evict = LETTERS + "/" + letter.path("event_id").asText() + "/evict";
        assertThat(api().post(evict, user.accessToken(), null).status()).isEqualTo(403);
        assertThat(api().post(evict, admin.accessToken(), null).status()).isEqualTo(204);
        assertThat(api().post(evict, admin.accessToken(), null).status()).isEqualTo(404);
        assertThat(api().get(LETTERS, admin.accessToken()).json().path("total_items").asLong()).isZero();
        assertThat(probeRows(poisoned)).isZero();
    }

    @Test
    void onlyAnalystsReachDeadLettersAndUnknownOnesAnswer404() {
        TestUser admin = admin();
        assertThat(api().get(LETTERS, newUser().accessToken()).status()).isEqualTo(403);
        var unknownGroup = api().get("/api/admin/projections/nope/dead-letters", admin.accessToken());
        assertThat(unknownGroup.status()).isEqualTo(404);
        assertThat(unknownGroup.contentType()).startsWith("application/problem+json");
        assertThat(api().post(LETTERS + "/" + UUID.randomUUID() + "/retry", admin.accessToken(), null).status())
                .isEqualTo(404);
        assertThat(api().post(LETTERS + "/" + UUID.randomUUID() + "/evict", admin.accessToken(), null).status())
                .isEqualTo(404);
        assertThat(api().get(LETTERS + "?size=1000", admin.accessToken()).status()).isEqualTo(400);
    }

    private int createHabit(TestUser user, UUID id, String title) {
        return api().post("/api/habits", user.accessToken(),
                "{\"id\":\"%s\",\"title\":\"%s\",\"frequency\":\"daily\"}".formatted(id, title)).status();
    }

    private void refuse(UUID habit) {
        jdbc.update("INSERT INTO probe_refusal (habit_id, note) VALUES (?, ?)", habit, PRIVATE_TEXT);
    }

    private Integer probeRows(UUID habit) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM probe_habit WHERE habit_id = ?", Integer.class, habit);
    }

    private Long probeSequence(UUID habit) {
        return jdbc.queryForList("SELECT last_sequence FROM probe_habit WHERE habit_id = ?", Long.class, habit)
                .stream().findFirst().orElse(-1L);
    }

    private double gauge() {
        return meters.get(ProjectionGauges.DEAD_LETTERS).tag("group", Probe.GROUP).gauge().value();
    }

    private double handlerErrors() {
        return meters.get(ProjectionCounters.ERRORS).tag("group", Probe.GROUP).counter().count();
    }

    /**
     * A read model of this test only, written per batch like the real ones. Its table refuses, by a trigger whose
     * message quotes a person's text, the habits listed in {@code probe_refusal}.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class Probe {

        static final String GROUP = "dead-letter-probe";

        @Bean
        ProbeProjection probeProjection(JdbcTemplate jdbc, RowAppends appends) {
            jdbc.execute("""
                    CREATE TABLE IF NOT EXISTS probe_refusal (habit_id UUID PRIMARY KEY, note VARCHAR(100) NOT NULL);
                    CREATE TABLE IF NOT EXISTS probe_habit (habit_id UUID PRIMARY KEY, last_sequence BIGINT NOT NULL);
                    CREATE OR REPLACE FUNCTION probe_refuse() RETURNS trigger AS $$
                    BEGIN
                        IF EXISTS (SELECT 1 FROM probe_refusal WHERE habit_id = NEW.habit_id) THEN
                            RAISE EXCEPTION 'refused: %', (SELECT note FROM probe_refusal WHERE habit_id = NEW.habit_id)
                                USING ERRCODE = 'check_violation';
                        END IF;
                        RETURN NEW;
                    END;
                    $$ LANGUAGE plpgsql;
                    DROP TRIGGER IF EXISTS probe_habit_refusal ON probe_habit;
                    CREATE TRIGGER probe_habit_refusal BEFORE INSERT ON probe_habit
                        FOR EACH ROW EXECUTE FUNCTION probe_refuse();
                    """);
            return new ProbeProjection(appends);
        }
    }

    @ProcessingGroup(Probe.GROUP)
    static class ProbeProjection {

        private final RowAppends appends;

        ProbeProjection(RowAppends appends) {
            this.appends = appends;
        }

        @EventHandler
        void on(HabitCreatedEvent event, @SequenceNumber long sequence) {
            appends.append("INSERT INTO probe_habit (habit_id, last_sequence) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    event.habitId(), sequence);
        }

        @EventHandler
        void on(HabitChangedEvent event, @SequenceNumber long sequence) {
            appends.append("UPDATE probe_habit SET last_sequence = ? WHERE habit_id = ? AND last_sequence < ?",
                    sequence, event.habitId(), sequence);
        }
    }
}
