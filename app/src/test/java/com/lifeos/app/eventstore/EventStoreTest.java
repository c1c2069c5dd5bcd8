package com.lifeos.app.eventstore;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.lifeos.app.support.ApiTestSupport;
import com.lifeos.app.support.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventStoreTest extends ApiTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void storedEventsCanBeNeitherChangedNorRemoved() {
        TestUser user = newUser();
        String id = api().post("/api/habits", user.accessToken(), "{\"title\":\"Immutable\",\"frequency\":\"daily\"}")
                .json().path("id").asText();

        assertThatThrownBy(() -> jdbc.update(
                "UPDATE domain_event_entry SET payload_type = 'forged' WHERE aggregate_identifier = ?", id))
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM domain_event_entry WHERE aggregate_identifier = ?", id))
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("TRUNCATE domain_event_entry"))
                .rootCause().hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Integer.class, id)).isEqualTo(1);
    }

    @Test
    void payloadsAreByteaNotLargeObjects() {
        Map<String, Object> column = jdbc.queryForMap("""
                SELECT data_type FROM information_schema.columns
                WHERE table_name = 'domain_event_entry' AND column_name = 'payload'""");
        assertThat(column.get("data_type")).isEqualTo("bytea");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM pg_largeobject_metadata", Integer.class)).isZero();
    }

    @Test
    void everyEventCarriesTheActingUserACorrelationAndACausation() {
        TestUser user = newUser();
        String id = api().post("/api/habits", user.accessToken(), "{\"title\":\"Traced\",\"frequency\":\"daily\"}")
                .json().path("id").asText();
        api().post("/api/habits/" + id + "/checkin", user.accessToken(), "{}");

        JsonNode timeline = api().get("/api/audit/timeline?entity_id=" + id, user.accessToken()).json();

        assertThat(timeline.path("items")).hasSize(2);
        for (JsonNode entry : timeline.path("items")) {
            assertThat(entry.path("user_id").asText()).isEqualTo(user.id().toString());
            assertThat(entry.path("correlation_id").asText()).isNotBlank();
            assertThat(entry.path("causation_id").asText()).isNotBlank();
        }
        String metaData = new String(jdbc.queryForObject(
                "SELECT meta_data FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 1",
                byte[].class, id), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(metaData).contains("userId", "correlationId", "causationId", "requestId");
    }
}
