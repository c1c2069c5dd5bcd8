package com.lifeos.app.time;

import java.util.ArrayList;
import java.util.List;

import com.lifeos.app.support.ApiTestSupport;
import com.lifeos.app.support.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class TimeReplayTest extends ApiTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void replayingTimeRebuildsIdenticalReadsAndRows() {
        TestUser admin = admin();
        TestUser user = newUser("America/New_York");
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            entries.add(entry(user, """
                    {"activity":"Session %d","category":"%s","start_time":"2025-11-0%dT%02d:15:00-05:00",
                     "end_time":"2025-11-0%dT%02d:45:00-05:00","productivity_score":%d}"""
                    .formatted(i, i % 2 == 0 ? "work" : "study", 2 + i % 3, 8 + i, 2 + i % 3, 9 + i, 1 + i)));
        }
        entries.add(entry(user, "{\"activity\":\"Reading\",\"duration_minutes\":35,\"date\":\"2025-11-03\"}"));
        entries.add(entry(user, """
                {"activity":"Night shift","start_time":"2025-11-01T22:00:00-04:00","end_time":"2025-11-02T06:00:00-05:00",
                 "productivity_score":3}"""));
        change(user, entries.get(0), "{\"end_time\":\"2025-11-02T10:00:00-05:00\",\"category\":\"deep work\"}");
        change(user, entries.get(1), "{\"clear_times\":true,\"duration_minutes\":20}");
        change(user, entries.get(2), "{\"activity\":\"Renamed\",\"productivity_score\":10}");
        change(user, entries.get(8), "{\"date\":\"2025-11-01\",\"duration_minutes\":50}");
        assertThat(api().delete("/api/time/entries/" + entries.get(3), user.accessToken()).status()).isEqualTo(204);

        String before = reads(user, entries);
        String rows = rows();

        replay("time", admin);

        assertThat(reads(user, entries)).isEqualTo(before);
        assertThat(rows()).isEqualTo(rows);
    }

    private String reads(TestUser user, List<String> entries) {
        String range = "?from=2025-10-30&to=2025-11-06";
        StringBuilder reads = new StringBuilder()
                .append(api().get("/api/time/entries?size=100", user.accessToken()).body())
                .append(api().get("/api/time/entries?category=work&from=2025-11-02", user.accessToken()).body())
                .append(api().get("/api/time/analytics" + range, user.accessToken()).body())
                .append(api().get("/api/time/productivity" + range, user.accessToken()).body());
        for (String entry : entries) {
            reads.append(api().get("/api/time/entries/" + entry, user.accessToken()).body());
        }
        return reads.toString();
    }

    private String rows() {
        return jdbc.queryForList("SELECT * FROM time_entry ORDER BY id").toString();
    }

    private String entry(TestUser user, String body) {
        var response = api().post("/api/time/entries", user.accessToken(), body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asText();
    }

    private void change(TestUser user, String id, String body) {
        var response = api().put("/api/time/entries/" + id, user.accessToken(), body);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }
}
