package com.lifeos.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import com.lifeos.app.support.ApiTestSupport;
import com.lifeos.app.support.TestUser;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** What V24 leaves an existing deployment with: empty dashboard tables and no token for the group. */
class DashboardRebuildTest extends ApiTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void aStartWithoutTheGroupsTokenRebuildsItsTablesFromTheFirstEvent() {
        TestUser user = newUser();
        var habit = api().post("/api/habits", user.accessToken(), "{\"title\":\"Read\",\"frequency\":\"daily\"}");
        assertThat(api().post("/api/habits/" + habit.json().path("id").asText() + "/checkin", user.accessToken(),
                "{}").status()).isEqualTo(201);
        assertThat(api().post("/api/goals", user.accessToken(), "{\"title\":\"Run\"}").status()).isEqualTo(201);
        String rows = rows(user);
        assertThat(rows).contains("Read", "Run", "HabitCheckedIn");
        TrackingEventProcessor dashboard = processing.eventProcessor("dashboard", TrackingEventProcessor.class)
                .orElseThrow();

        dashboard.shutDown();
        jdbc.update("DELETE FROM token_entry WHERE processor_name = 'dashboard'");
        for (String table : new String[] {"dashboard_activity", "dashboard_fact", "dashboard_subject"}) {
            jdbc.update("DELETE FROM " + table);
        }
        assertThat(rows(user)).doesNotContain("Read");
        dashboard.start();

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(rows(user)).isEqualTo(rows));
    }

    private String rows(TestUser user) {
        return jdbc.queryForList("SELECT * FROM dashboard_subject WHERE user_id = ? ORDER BY id", user.id()).toString()
                + jdbc.queryForList("SELECT * FROM dashboard_fact WHERE user_id = ? ORDER BY id", user.id())
                + jdbc.queryForList("SELECT * FROM dashboard_activity WHERE user_id = ? ORDER BY event_id", user.id());
    }
}
