package com.lifeos.app.admin;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import com.lifeos.app.support.ApiTestSupport;
import com.lifeos.app.support.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The positions read models record are the events' own global indexes, live and after a replay alike. The case
 * that told them apart: an event whose transaction commits after a later event's (a gap in the global order, filled
 * in late). A processor's token never moves back, so it delivers that event with the later event's index.
 */
class EventPositionTest extends ApiTestSupport {

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void anEventCommittedAfterALaterOneKeepsItsOwnPositionLiveAndAfterAReplay() throws Exception {
        TestUser admin = admin();
        TestUser user = newUser();
        String first = createHabit(user, "Read");
        String lateEvent = UUID.randomUUID().toString();
        String lateIndex;
        try (Connection slow = dataSource.getConnection()) {
            slow.setAutoCommit(false);
            copyCreationAsNewEntity(slow, first, lateEvent);
            String second = createHabit(user, "Walk");
            slow.commit();
            lateIndex = single("SELECT global_index FROM domain_event_entry WHERE event_identifier = :id", lateEvent);
            assertThat(Long.parseLong(lateIndex)).as("the late event sits before the later-committed one")
                    .isLessThan(Long.parseLong(single("""
                            SELECT global_index FROM domain_event_entry
                             WHERE aggregate_identifier = :id AND sequence_number = 0""", second)));
        }
        List<String> events = jdbc.queryForList("""
                        SELECT event_identifier FROM domain_event_entry d
                         WHERE d.event_identifier = :late OR d.aggregate_identifier IN
                               (SELECT entity_id FROM audit_entry WHERE owner_id = :user AND entity_id IS NOT NULL)""",
                new MapSqlParameterSource("late", lateEvent).addValue("user", user.id()), String.class);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(rows("audit_entry", "event_id", "position", events)).hasSize(events.size());
            assertThat(rows("dashboard_activity", "event_id", "event_position", List.of(lateEvent))).hasSize(1);
        });

        Map<String, Object> liveAudit = rows("audit_entry", "event_id", "position", events);
        Map<String, Object> liveActivity = rows("dashboard_activity", "event_id", "event_position", events);
        assertThat(liveAudit.get(lateEvent).toString()).isEqualTo(lateIndex);
        assertThat(liveActivity.get(lateEvent).toString()).isEqualTo(lateIndex);
        assertThat(liveAudit).isEqualTo(globalIndexes(events));
        assertThat(liveActivity).isEqualTo(globalIndexes(List.copyOf(liveActivity.keySet())));

        replay("audit", admin);
        replay("dashboard", admin);

        assertThat(rows("audit_entry", "event_id", "position", events)).isEqualTo(liveAudit);
        assertThat(rows("dashboard_activity", "event_id", "event_position", events)).isEqualTo(liveActivity);
    }

    private String createHabit(TestUser user, String title) {
        var created = api().post("/api/habits", user.accessToken(),
                "{\"title\":\"%s\",\"frequency\":\"daily\"}".formatted(title));
        assertThat(created.status()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    /**
     * Stores, in a transaction left open, a copy of a habit's creation as the first event of an entity of its own:
     * it takes its global index now, and becomes visible only when the transaction commits.
     */
    private static void copyCreationAsNewEntity(Connection connection, String habit, String eventId)
            throws Exception {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                                                time_stamp, payload_type, payload_revision, payload, meta_data)
                SELECT ?, ?, 0, type, time_stamp, payload_type, payload_revision, payload, meta_data
                  FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 0""")) {
            insert.setString(1, eventId);
            insert.setString(2, UUID.randomUUID().toString());
            insert.setString(3, habit);
            assertThat(insert.executeUpdate()).isEqualTo(1);
        }
    }

    private String single(String sql, String id) {
        return String.valueOf(jdbc.queryForObject(sql, new MapSqlParameterSource("id", id), Object.class));
    }

    private Map<String, Object> rows(String table, String idColumn, String positionColumn, List<String> ids) {
        Map<String, Object> rows = new java.util.TreeMap<>();
        jdbc.query("SELECT %s, %s FROM %s WHERE %s IN (:ids)".formatted(idColumn, positionColumn, table, idColumn),
                new MapSqlParameterSource("ids", ids), rs -> {
                    rows.put(rs.getString(1), rs.getLong(2));
                });
        return rows;
    }

    private Map<String, Object> globalIndexes(List<String> ids) {
        return rows("domain_event_entry", "event_identifier", "global_index", ids);
    }
}
