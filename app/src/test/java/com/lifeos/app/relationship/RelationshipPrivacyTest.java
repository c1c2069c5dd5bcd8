package com.lifeos.app.relationship;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.lifeos.app.support.ApiTestSupport;
import com.lifeos.app.support.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class RelationshipPrivacyTest extends ApiTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void contactNamesAndNotesAreReadableToTheOwnerButNeverStoredInClear() {
        TestUser user = newUser();
        List<String> secrets = List.of("Henrietta Quarrington", "owes me money since the wedding",
                "Henrietta Q.-Smythe", "moved in with her sister", "sounded worried about the biopsy");
        String id = api().post("/api/relationships", user.accessToken(), """
                {"contact_name":"%s","relationship_type":"friend","notes":"%s"}""".formatted(secrets.get(0),
                secrets.get(1))).json().path("id").asText();
        api().put("/api/relationships/" + id, user.accessToken(), """
                {"contact_name":"%s","notes":"%s"}""".formatted(secrets.get(2), secrets.get(3)));
        var call = api().post("/api/relationships/" + id + "/interactions", user.accessToken(), """
                {"kind":"call","notes":"%s"}""".formatted(secrets.get(4)));

        var read = api().get("/api/relationships/" + id, user.accessToken()).json();
        assertThat(read.path("contact_name").asText()).isEqualTo(secrets.get(2));
        assertThat(read.path("notes").asText()).isEqualTo(secrets.get(3));
        assertThat(call.json().path("notes").asText()).isEqualTo(secrets.get(4));
        assertThat(api().get("/api/relationships/reminders?days=365", user.accessToken()).status()).isEqualTo(200);

        List<String> payloads = jdbc.query("SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ?",
                (rs, row) -> new String(rs.getBytes(1), StandardCharsets.UTF_8), id);
        assertThat(payloads).hasSize(3);
        assertThat(payloads.get(0)).contains("\"contactName\"").contains("\"notes\"").contains("v1.")
                .contains("\"relationshipType\":\"v2.").doesNotContain("friend"); // the type is personal text too
        List<String> stored = new ArrayList<>(payloads);
        stored.addAll(jdbc.queryForList("SELECT contact_name || ' ' || notes FROM relationship WHERE id = ?::uuid",
                String.class, id));
        stored.addAll(jdbc.queryForList("SELECT notes FROM relationship_interaction WHERE relationship_id = ?::uuid",
                String.class, id));
        stored.addAll(jdbc.queryForList("SELECT payload FROM audit_entry WHERE entity_id = ?", String.class, id));
        assertThat(stored).hasSizeGreaterThan(3);
        List<String> fragments = new ArrayList<>(secrets);
        fragments.addAll(List.of("Henrietta", "Quarrington", "biopsy", "wedding"));
        for (String fragment : fragments) {
            assertThat(stored).allSatisfy(text -> assertThat(text).doesNotContain(fragment));
        }
    }
}
