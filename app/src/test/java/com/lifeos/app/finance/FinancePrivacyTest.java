package com.lifeos.app.finance;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.lifeos.app.support.ApiTestSupport;
import com.lifeos.app.support.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class FinancePrivacyTest extends ApiTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void descriptionsAreReadableToTheOwnerButNeverStoredInClear() {
        TestUser user = newUser();
        List<String> secrets = List.of("bail for my brother Tobias", "pharmacy: antidepressants");
        String id = api().post("/api/finance/records", user.accessToken(), """
                {"type":"expense","amount":250,"category":"Family","description":"%s"}""".formatted(secrets.get(0)))
                .json().path("id").asText();
        api().put("/api/finance/records/" + id, user.accessToken(),
                "{\"description\":\"%s\"}".formatted(secrets.get(1)));

        assertThat(api().get("/api/finance/records/" + id, user.accessToken()).json().path("description").asText())
                .isEqualTo(secrets.get(1));
        assertThat(new FinanceFixtures(api()).csv(user, "").body()).contains(secrets.get(1));

        List<String> stored = new ArrayList<>(jdbc.query(
                "SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ?",
                (rs, row) -> new String(rs.getBytes(1), StandardCharsets.UTF_8), id));
        assertThat(stored).hasSize(2);
        assertThat(stored.get(0)).contains("\"description\"").contains("v1.")
                .contains("\"category\":\"v2.").doesNotContain("Family"); // the category is personal text too
        stored.addAll(jdbc.queryForList("SELECT description FROM financial_record WHERE id = ?::uuid", String.class,
                id));
        stored.addAll(jdbc.queryForList("SELECT payload FROM audit_entry WHERE entity_id = ?", String.class, id));
        assertThat(stored).hasSizeGreaterThan(3);
        for (String fragment : List.of("Tobias", "bail", "pharmacy", "antidepressants")) {
            assertThat(stored).allSatisfy(text -> assertThat(text).doesNotContain(fragment));
        }
    }
}
