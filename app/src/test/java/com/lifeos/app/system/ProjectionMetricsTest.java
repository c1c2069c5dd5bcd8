package com.lifeos.app.system;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.lifeos.app.support.ApiTestSupport;
import com.lifeos.app.support.TestUser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Prometheus shows each processing group at work: events handled and handler errors (counters), lag, replay and
 * dead letters (gauges), every one tagged {@code group}; the lag returns to 0 once the projections have caught up.
 */
class ProjectionMetricsTest extends ApiTestSupport {

    private static final Pattern SAMPLE = Pattern.compile(
            "^(lifeos_projection_[a-z_]+)\\{group=\"([a-z-]+)\"[^}]*} (\\S+)$", Pattern.MULTILINE);
    private static final String[] PER_GROUP = {"lifeos_projection_events_handled_total",
            "lifeos_projection_handler_errors_total", "lifeos_projection_lag_events", "lifeos_projection_replaying",
            "lifeos_projection_replay_progress", "lifeos_projection_dead_letters"};

    @Test
    void everyProcessingGroupReportsItsWorkAndCatchesUp() {
        TestUser admin = admin();
        TestUser user = newUser();
        double handledBefore = scrape(admin).getOrDefault("lifeos_projection_events_handled_total habit", 0.0);

        for (String title : new String[] {"Stretch", "Read", "Walk"}) {
            assertThat(api().post("/api/habits", user.accessToken(),
                    "{\"title\":\"" + title + "\",\"frequency\":\"daily\"}").status()).isEqualTo(201);
        }

        Map<String, Double> caughtUp = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> scrape(admin), samples -> samples.entrySet().stream()
                        .filter(sample -> sample.getKey().startsWith("lifeos_projection_lag_events "))
                        .allMatch(sample -> sample.getValue() == 0.0)
                        && samples.getOrDefault("lifeos_projection_events_handled_total habit", 0.0)
                        >= handledBefore + 3);
        for (String group : new String[] {"habit", "goal", "dashboard", "audit", "entity-owners"}) {
            for (String metric : PER_GROUP) {
                assertThat(caughtUp).as(metric + " of " + group).containsKey(metric + " " + group);
            }
            assertThat(caughtUp.get("lifeos_projection_replaying " + group)).isZero();
            assertThat(caughtUp.get("lifeos_projection_replay_progress " + group)).isEqualTo(1.0);
            assertThat(caughtUp.get("lifeos_projection_handler_errors_total " + group)).isGreaterThanOrEqualTo(0.0);
            assertThat(caughtUp.get("lifeos_projection_dead_letters " + group)).isGreaterThanOrEqualTo(0.0);
        }
    }

    @Test
    void aReplayHandlesTheGroupsEventsAgainAndEndsCaughtUp() {
        TestUser admin = admin();
        TestUser user = newUser();
        assertThat(api().post("/api/habits", user.accessToken(), "{\"title\":\"Swim\",\"frequency\":\"daily\"}")
                .status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> scrape(admin).get("lifeos_projection_lag_events habit"), lag -> lag == 0.0);
        double handledBefore = scrape(admin).get("lifeos_projection_events_handled_total habit");

        replay("habit", admin);

        Map<String, Double> after = await().atMost(Duration.ofSeconds(30))
                .until(() -> scrape(admin), samples -> samples.get("lifeos_projection_lag_events habit") == 0.0
                        && samples.get("lifeos_projection_replaying habit") == 0.0);
        assertThat(after.get("lifeos_projection_events_handled_total habit")).as("the habit event again")
                .isGreaterThanOrEqualTo(handledBefore + 1);
        assertThat(after.get("lifeos_projection_replay_progress habit")).isEqualTo(1.0);
    }

    /** The projection samples, keyed "name group". */
    private Map<String, Double> scrape(TestUser admin) {
        var prometheus = api().send("GET", "/actuator/prometheus", admin.accessToken(), null, null);
        assertThat(prometheus.status()).isEqualTo(200);
        Map<String, Double> samples = new HashMap<>();
        Matcher sample = SAMPLE.matcher(prometheus.body());
        while (sample.find()) {
            samples.put(sample.group(1) + " " + sample.group(2), Double.parseDouble(sample.group(3)));
        }
        return samples;
    }
}
