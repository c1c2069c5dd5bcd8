package com.lifeos.app.health;

import java.util.List;

import com.lifeos.app.support.ApiTestSupport;
import com.lifeos.app.support.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.lifeos.app.health.HealthDays.TODAY;
import static com.lifeos.app.health.HealthDays.noon;
import static org.assertj.core.api.Assertions.assertThat;

class HealthReplayTest extends ApiTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void replayingTheHealthGroupRebuildsIdenticalReadsAndRows() {
        TestUser user = newUser("Europe/Berlin");
        String weight = record(user, "{\"metric_type\":\"weight\",\"value\":80.4,\"recorded_at\":\"%s\",\"notes\":\"x\"}"
                .formatted(noon(9)));
        String pounds = record(user, "{\"metric_type\":\"weight\",\"value\":178,\"unit\":\"lb\",\"recorded_at\":\"%s\"}"
                .formatted(noon(3)));
        String steps = record(user, "{\"metric_type\":\"steps\",\"value\":10400,\"recorded_at\":\"%s\"}"
                .formatted(noon(1)));
        String mood = record(user, "{\"metric_type\":\"mood\",\"value\":6}");
        String gone = record(user, "{\"metric_type\":\"water\",\"value\":750,\"recorded_at\":\"%s\"}"
                .formatted(noon(2)));
        record(user, "{\"metric_type\":\"cold_plunge\",\"value\":3.5,\"unit\":\"min\",\"recorded_at\":\"%s\"}"
                .formatted(noon(40)));
        api().put("/api/health/metrics/" + weight, user.accessToken(), "{\"value\":79.9,\"notes\":\"\"}");
        api().put("/api/health/metrics/" + steps, user.accessToken(), "{\"recorded_at\":\"%s\"}".formatted(noon(5)));
        api().put("/api/health/metrics/" + mood, user.accessToken(), "{\"value\":8,\"notes\":\"good sleep\"}");
        api().delete("/api/health/metrics/" + gone, user.accessToken());
        newUser();

        TestUser admin = admin();
        String before = reads(user, List.of(weight, pounds, steps, mood));
        String rows = rows();

        replay("health", admin);

        assertThat(reads(user, List.of(weight, pounds, steps, mood))).isEqualTo(before);
        assertThat(rows()).isEqualTo(rows);
        assertThat(rows).doesNotContain(gone).contains(pounds);
    }

    private String reads(TestUser user, List<String> ids) {
        StringBuilder reads = new StringBuilder()
                .append(api().get("/api/health/metrics?size=100", user.accessToken()).body())
                .append(api().get("/api/health/analytics", user.accessToken()).body());
        for (String type : List.of("weight", "steps", "mood", "cold_plunge")) {
            reads.append(api().get("/api/health/trends?metric_type=" + type + "&from=%s&to=%s&bucket=week"
                    .formatted(TODAY.minusDays(60), TODAY), user.accessToken()).body());
        }
        for (String id : ids) {
            reads.append(api().get("/api/health/metrics/" + id, user.accessToken()).body());
        }
        return reads.toString();
    }

    private String rows() {
        return jdbc.queryForList("SELECT * FROM health_metric ORDER BY id").toString();
    }

    private String record(TestUser user, String body) {
        return api().post("/api/health/metrics", user.accessToken(), body).json().path("id").asText();
    }
}
