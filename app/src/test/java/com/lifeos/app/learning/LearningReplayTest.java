package com.lifeos.app.learning;

import java.time.LocalDate;
import java.util.List;

import com.lifeos.app.support.ApiTestSupport;
import com.lifeos.app.support.TestUser;
import com.lifeos.app.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class LearningReplayTest extends ApiTestSupport {

    private static final LocalDate TODAY = TestClock.today();

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void replayingTheLearningGroupRebuildsIdenticalReadsAndRows() {
        TestUser user = newUser("Asia/Tokyo");
        LocalDate today = TestClock.today("Asia/Tokyo");
        String sql = log(user, """
                {"course_name":"SQL Basics","platform":"Coursera","duration_minutes":45,"progress_percentage":30,
                 "session_date":"%s","notes":"joins"}""".formatted(today.minusDays(20)));
        String sqlAgain = log(user, """
                {"course_name":"sql basics ","platform":"coursera","duration_minutes":30,"progress_percentage":70,
                 "session_date":"%s"}""".formatted(today.minusDays(2)));
        String rust = log(user, """
                {"course_name":"Rust","platform":"Udemy","duration_minutes":90,"progress_percentage":100,
                 "session_date":"%s","notes":"done!"}""".formatted(today.minusDays(40)));
        String books = log(user, "{\"course_name\":\"Reading\",\"duration_minutes\":25}");
        for (int d = 1; d <= 4; d++) {
            log(user, "{\"course_name\":\"Go\",\"platform\":\"YouTube\",\"duration_minutes\":%d,\"session_date\":\"%s\"}"
                    .formatted(10 * d, today.minusDays(d)));
        }
        String gone = log(user, "{\"course_name\":\"Gone\",\"duration_minutes\":5}");
        api().put("/api/learning/sessions/" + sql, user.accessToken(),
                "{\"progress_percentage\":35,\"notes\":\"joins and views\"}");
        api().put("/api/learning/sessions/" + sqlAgain, user.accessToken(), "{\"platform\":\"\"}");
        api().put("/api/learning/sessions/" + rust, user.accessToken(),
                "{\"session_date\":\"%s\",\"notes\":\"\"}".formatted(today.minusDays(41)));
        api().delete("/api/learning/sessions/" + gone, user.accessToken());

        TestUser admin = admin();
        String before = reads(user, List.of(sql, sqlAgain, rust, books));
        String rows = rows();

        replay("learning", admin);

        assertThat(reads(user, List.of(sql, sqlAgain, rust, books))).isEqualTo(before);
        assertThat(rows()).isEqualTo(rows);
        assertThat(rows).doesNotContain(gone).contains(sql);
    }

    private String reads(TestUser user, List<String> ids) {
        StringBuilder reads = new StringBuilder()
                .append(api().get("/api/learning/sessions?size=100", user.accessToken()).body())
                .append(api().get("/api/learning/sessions?course_name=SQL%20basics", user.accessToken()).body())
                .append(api().get("/api/learning/courses?size=100", user.accessToken()).body())
                .append(api().get("/api/learning/analytics", user.accessToken()).body())
                .append(api().get("/api/learning/analytics?from=%s&to=%s".formatted(TODAY.minusDays(60), TODAY),
                        user.accessToken()).body());
        for (String id : ids) {
            reads.append(api().get("/api/learning/sessions/" + id, user.accessToken()).body());
        }
        return reads.toString();
    }

    private String rows() {
        return jdbc.queryForList("SELECT * FROM learning_session ORDER BY id").toString();
    }

    private String log(TestUser user, String body) {
        var response = api().post("/api/learning/sessions", user.accessToken(), body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asText();
    }
}
