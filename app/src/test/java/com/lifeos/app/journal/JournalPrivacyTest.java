package com.lifeos.app.journal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.lifeos.app.support.ApiTestSupport;
import com.lifeos.app.support.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class JournalPrivacyTest extends ApiTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void contentIsReadableToTheOwnerButNeverStoredOrAuditedInClear() {
        TestUser user = newUser();
        String first = "Told Marguerite about the overdraft and the panic attacks";
        String second = "Marguerite forgave me; therapy on Thursdays from now on";
        String id = api().post("/api/journal/entries", user.accessToken(), """
                {"content":"%s","mood":"awful","tags":["money"]}""".formatted(first)).json().path("id").asText();
        api().put("/api/journal/entries/" + id, user.accessToken(), """
                {"content":"%s","mood":"okay"}""".formatted(second));

        assertThat(api().get("/api/journal/entries/" + id, user.accessToken()).json().path("content").asText())
                .isEqualTo(second);
        assertThat(api().get("/api/journal/entries?q=THERAPY", user.accessToken()).json().path("items")
                .findValuesAsText("id")).containsExactly(id);

        List<String> payloads = jdbc.query("SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ?",
                (rs, row) -> new String(rs.getBytes(1), StandardCharsets.UTF_8), id);
        assertThat(payloads).hasSize(2);
        assertThat(payloads.get(0)).contains("\"content\"").contains("v1.").contains("\"contentLength\":57")
                .contains("\"tags\":[\"v2.").doesNotContain("money"); // tags are personal text, sealed too
        List<String> stored = new ArrayList<>(payloads);
        stored.addAll(jdbc.queryForList("SELECT content FROM journal_entry WHERE id = ?::uuid", String.class, id));
        stored.addAll(jdbc.queryForList("SELECT tag FROM journal_entry_tag WHERE entry_id = ?::uuid", String.class,
                id));
        stored.addAll(jdbc.queryForList("SELECT payload FROM audit_entry WHERE entity_id = ?", String.class, id));
        var timeline = api().get("/api/audit/users/" + user.id() + "/timeline", admin().accessToken());
        assertThat(timeline.status()).isEqualTo(200);
        assertThat(timeline.json().path("items").findValuesAsText("type"))
                .contains("JournalEntryWritten", "JournalEntryChanged");
        stored.add(timeline.body());
        assertThat(stored).hasSizeGreaterThan(5);
        for (String fragment : List.of(first, second, "Marguerite", "overdraft", "panic", "therapy", "Thursdays")) {
            assertThat(stored).allSatisfy(text -> assertThat(text).doesNotContain(fragment));
        }
    }

    @Test
    void erasingTheAccountRemovesEveryEntryAndTagAndAReplayDoesNotBringThemBack() {
        TestUser user = newUser();
        api().post("/api/journal/entries", user.accessToken(), "{\"content\":\"Gone soon.\",\"tags\":[\"a\",\"b\"]}");
        assertThat(rowsOf(user)).isEqualTo(3);

        assertThat(api().send("DELETE", "/api/account", user.accessToken(),
                "{\"password\":\"%s\"}".formatted(user.password()), "application/json").status()).isEqualTo(204);

        assertThat(rowsOf(user)).isZero();
        replay("journal", admin());
        assertThat(rowsOf(user)).isZero();
    }

    private long rowsOf(TestUser user) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM journal_entry WHERE user_id = ?", Long.class, user.id())
                + jdbc.queryForObject("SELECT COUNT(*) FROM journal_entry_tag WHERE user_id = ?", Long.class,
                user.id());
    }
}
