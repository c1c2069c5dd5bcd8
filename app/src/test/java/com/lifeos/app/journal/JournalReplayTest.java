package com.lifeos.app.journal;

import java.time.LocalDate;
import java.util.List;

import com.lifeos.app.support.ApiTestSupport;
import com.lifeos.app.support.TestUser;
import com.lifeos.app.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class JournalReplayTest extends ApiTestSupport {

    private static final LocalDate TODAY = TestClock.today();

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void replayingTheJournalGroupRebuildsIdenticalReadsAndRows() {
        TestUser user = newUser("Asia/Tokyo");
        String morning = write(user, """
                {"content":"Slept badly.","mood":"bad","tags":["sleep","Health"]}""");
        String climbing = write(user, """
                {"content":"Climbed with Ana.","mood":"great","tags":["sport"],"entry_date":"%s"}"""
                .formatted(TODAY.minusDays(3)));
        String quiet = write(user, """
                {"content":"Nothing much.","entry_date":"%s","is_private":false}""".formatted(TODAY.minusDays(40)));
        String gone = write(user, """
                {"content":"Delete me.","mood":"okay","tags":["temp"],"entry_date":"%s"}"""
                .formatted(TODAY.minusDays(1)));
        api().put("/api/journal/entries/" + morning, user.accessToken(), """
                {"mood":"okay","tags":["sleep","coffee","health"]}""");
        api().put("/api/journal/entries/" + climbing, user.accessToken(), """
                {"content":"Climbed with Ana and Ben.","entry_date":"%s"}""".formatted(TODAY.minusDays(2)));
        api().put("/api/journal/entries/" + quiet, user.accessToken(), "{\"tags\":[]}");
        api().delete("/api/journal/entries/" + gone, user.accessToken());

        TestUser admin = admin();
        String before = reads(user, List.of(morning, climbing, quiet));
        String rows = rows();

        replay("journal", admin);

        assertThat(reads(user, List.of(morning, climbing, quiet))).isEqualTo(before);
        assertThat(rows()).isEqualTo(rows);
        assertThat(rows).doesNotContain(gone).contains(morning);
    }

    private String reads(TestUser user, List<String> ids) {
        StringBuilder reads = new StringBuilder();
        for (String path : List.of("/api/journal/entries?size=100", "/api/journal/entries?q=climbed",
                "/api/journal/entries?tag=HEALTH", "/api/journal/analytics",
                "/api/journal/mood-trends?bucket=week", "/api/journal/mood-trends?bucket=month&from="
                        + TODAY.minusDays(60))) {
            reads.append(api().get(path, user.accessToken()).body());
        }
        for (String id : ids) {
            reads.append(api().get("/api/journal/entries/" + id, user.accessToken()).body());
        }
        return reads.toString();
    }

    private String rows() {
        return jdbc.queryForList("SELECT * FROM journal_entry ORDER BY id").toString()
                + jdbc.queryForList("SELECT * FROM journal_entry_tag ORDER BY entry_id, tag_index");
    }

    private String write(TestUser user, String body) {
        return api().post("/api/journal/entries", user.accessToken(), body).json().path("id").asText();
    }
}
