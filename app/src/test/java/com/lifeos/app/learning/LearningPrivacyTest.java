package com.lifeos.app.learning;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.lifeos.app.support.ApiTestSupport;
import com.lifeos.app.support.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class LearningPrivacyTest extends ApiTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void notesAreReadableToTheOwnerButNeverStoredInClear() {
        TestUser user = newUser();
        String first = "failed the mock exam twice";
        String second = "asked my therapist about exam anxiety";
        String id = api().post("/api/learning/sessions", user.accessToken(), """
                {"course_name":"Statistics","duration_minutes":60,"notes":"%s"}""".formatted(first))
                .json().path("id").asText();
        var changed = api().put("/api/learning/sessions/" + id, user.accessToken(),
                "{\"notes\":\"%s\"}".formatted(second));

        assertThat(changed.json().path("notes").asText()).isEqualTo(second);
        List<String> stored = new ArrayList<>(jdbc.query(
                "SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ?",
                (rs, row) -> new String(rs.getBytes(1), StandardCharsets.UTF_8), id));
        assertThat(stored).hasSize(2);
        assertThat(stored.get(0)).contains("\"notes\"").contains("v1.")
                .contains("\"courseName\":\"v2.").doesNotContain("Statistics"); // the course name is personal text too
        stored.addAll(jdbc.queryForList("SELECT notes FROM learning_session WHERE id = ?::uuid", String.class, id));
        stored.addAll(jdbc.queryForList("SELECT payload FROM audit_entry WHERE entity_id = ?", String.class, id));
        assertThat(stored).hasSizeGreaterThan(3);
        for (String fragment : List.of(first, second, "mock exam", "therapist", "anxiety")) {
            assertThat(stored).allSatisfy(text -> assertThat(text).doesNotContain(fragment));
        }
    }

    @Test
    void erasingTheAccountForgetsEverySessionAndAReplayBringsNoneBack() {
        TestUser user = newUser();
        api().post("/api/learning/sessions", user.accessToken(),
                "{\"course_name\":\"Statistics\",\"duration_minutes\":60,\"notes\":\"private\"}");
        assertThat(sessionsOf(user)).isEqualTo(1);

        assertThat(api().send("DELETE", "/api/account", user.accessToken(),
                "{\"password\":\"%s\"}".formatted(user.password()), "application/json").status()).isEqualTo(204);
        assertThat(sessionsOf(user)).isZero();

        replay("learning", admin());
        assertThat(sessionsOf(user)).isZero();
    }

    private long sessionsOf(TestUser user) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM learning_session WHERE user_id = ?::uuid", Long.class,
                user.id().toString());
    }
}
