package com.lifeos.app.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.lifeos.app.support.ApiTestSupport;
import com.lifeos.app.support.TestUser;
import com.lifeos.app.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectReplayTest extends ApiTestSupport {

    private static final LocalDate TODAY = TestClock.today();

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void replayingProjectsRebuildsIdenticalReadsAndRows() {
        TestUser admin = admin();
        TestUser user = newUser();
        String house = goal(user, "House");
        String health = goal(user, "Health");
        List<String> projects = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            projects.add(project(user, "{\"title\":\"Project %d\",\"due_date\":\"%s\",\"priority\":\"%s\"%s%s}"
                    .formatted(i, TODAY.plusDays(i * 3L - 9), i % 2 == 0 ? "high" : "low",
                            i % 3 == 0 ? ",\"goal_id\":\"" + house + "\"" : "",
                            i % 4 == 1 ? ",\"start_date\":\"" + TODAY.minusDays(30) + "\"" : "")));
        }
        progress(user, projects.get(0), "{\"progress\":35,\"note\":\"halfway to half\"}");
        progress(user, projects.get(1), "{\"progress\":100}");
        progress(user, projects.get(1), "{\"progress\":80}");
        progress(user, projects.get(2), "{\"progress\":100}");
        change(user, projects.get(3), "{\"status\":\"on_hold\",\"title\":\"Paused one\"}");
        change(user, projects.get(4), "{\"status\":\"cancelled\",\"goal_id\":\"" + health + "\"}");
        change(user, projects.get(5), "{\"status\":\"completed\",\"description\":\"done early\"}");
        change(user, projects.get(6), "{\"unlink_goal\":true,\"due_date\":\"%s\",\"start_date\":\"%s\"}"
                .formatted(TODAY.plusDays(2), TODAY.minusDays(7)));
        api().delete("/api/projects/" + projects.get(7), user.accessToken());

        String before = reads(user, projects, house);
        String rows = rows();

        replay("project", admin);

        assertThat(reads(user, projects, house)).isEqualTo(before);
        assertThat(rows()).isEqualTo(rows);
    }


    private String reads(TestUser user, List<String> projects, String goal) {
        StringBuilder reads = new StringBuilder()
                .append(api().get("/api/projects?size=100", user.accessToken()).body())
                .append(api().get("/api/projects?goal_id=" + goal, user.accessToken()).body())
                .append(api().get("/api/projects/analytics", user.accessToken()).body());
        for (String project : projects) {
            reads.append(api().get("/api/projects/" + project, user.accessToken()).body());
        }
        return reads.toString();
    }

    private String rows() {
        return jdbc.queryForList("SELECT * FROM project ORDER BY id").toString();
    }

    private String goal(TestUser user, String title) {
        return api().post("/api/goals", user.accessToken(), "{\"title\":\"%s\"}".formatted(title))
                .json().path("id").asText();
    }

    private String project(TestUser user, String body) {
        var response = api().post("/api/projects", user.accessToken(), body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asText();
    }

    private void progress(TestUser user, String id, String body) {
        assertThat(api().put("/api/projects/" + id + "/progress", user.accessToken(), body).status()).isEqualTo(200);
    }

    private void change(TestUser user, String id, String body) {
        assertThat(api().put("/api/projects/" + id, user.accessToken(), body).status()).isEqualTo(200);
    }
}
