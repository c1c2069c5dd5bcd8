package com.lifeos.app.habit;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.lifeos.app.support.ApiTestSupport;
import com.lifeos.app.support.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class PrivateNotesTest extends ApiTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void checkInNotesAreReadableToTheOwnerButNeverStoredInClear() {
        TestUser user = newUser();
        String secret = "slept badly, argued with Sam " + user.id();
        String id = api().post("/api/habits", user.accessToken(), "{\"title\":\"Reflect\",\"frequency\":\"daily\"}")
                .json().path("id").asText();

        var checkIn = api().post("/api/habits/" + id + "/checkin", user.accessToken(),
                "{\"notes\":\"%s\"}".formatted(secret));

        assertThat(checkIn.json().path("notes").asText()).isEqualTo(secret);
        List<byte[]> payloads = jdbc.query("SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ?",
                (rs, row) -> rs.getBytes(1), id);
        assertThat(payloads).hasSize(2);
        assertThat(payloads).allSatisfy(payload ->
                assertThat(new String(payload, StandardCharsets.UTF_8)).doesNotContain("argued with Sam"));
        assertThat(new String(payloads.get(1), StandardCharsets.UTF_8)).contains("\"notes\"").contains("v1.");
        assertThat(jdbc.queryForList("SELECT notes FROM habit_checkin WHERE habit_id = ?::uuid", String.class, id))
                .allSatisfy(stored -> assertThat(stored).doesNotContain("argued"));
        assertThat(jdbc.queryForList("SELECT payload FROM audit_entry WHERE entity_id = ?", String.class, id))
                .allSatisfy(stored -> assertThat(stored).doesNotContain("argued"));
    }
}
