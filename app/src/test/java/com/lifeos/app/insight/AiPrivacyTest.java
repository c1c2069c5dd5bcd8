package com.lifeos.app.insight;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.lifeos.api.shared.SealedText;
import com.lifeos.app.support.ApiTestSupport;
import com.lifeos.app.support.TestUser;
import com.lifeos.store.crypto.PrivateText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class AiPrivacyTest extends ApiTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PrivateText privateText;

    @Test
    void whatASuggestionSaysIsSealedInTheLogTheReadModelAndTheAuditTrail() {
        TestUser user = newUser();
        JsonNode suggestion = api().post("/api/ai/goal-suggestions", user.accessToken(), null).json()
                .path("suggestions").get(0);
        String id = suggestion.path("id").asText();
        String title = suggestion.path("title").asText();

        List<String> stored = new ArrayList<>(jdbc.query(
                "SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ?",
                (rs, row) -> new String(rs.getBytes(1), StandardCharsets.UTF_8), id));
        String sealed = jdbc.queryForObject("SELECT content FROM ai_suggestion WHERE id = ?::uuid", String.class, id);
        stored.add(sealed);
        stored.addAll(jdbc.queryForList("SELECT payload FROM audit_entry WHERE entity_id = ?", String.class, id));

        assertThat(stored).hasSize(3).allSatisfy(text -> assertThat(text)
                .doesNotContain(title).doesNotContain(suggestion.path("why").asText()));
        assertThat(sealed).startsWith("v1.");
        assertThat(privateText.open(user.id(), new SealedText(sealed))).contains("\"title\":\"" + title + "\"");
        assertThat(api().get("/api/audit/entities/" + id + "/history", newUser().accessToken()).status())
                .isEqualTo(404);
    }
}
