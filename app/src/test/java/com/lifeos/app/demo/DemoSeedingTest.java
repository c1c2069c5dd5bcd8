package com.lifeos.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.lifeos.identity.account.AccountRegistration;
import com.lifeos.app.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code --lifeos.demo.seed=<email>} on a database that already holds a demo account: a second account gets its
 * own history (its ids come from its own account, not from the shared random seed), and the same email again is
 * left alone. The demo's goals tell a believable story: begun at different times, standing differently.
 */
class DemoSeedingTest extends ApiTestSupport {

    private static final String PASSWORD = "lifeos demo";
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    AccountRegistration registration;

    @Autowired
    DemoHistory history;

    @Autowired
    Clock clock;

    @Test
    void aSecondDemoAccountIsSeededBesideTheFirstAndTheSameOneAgainIsLeftAlone() {
        String first = "demo-" + UUID.randomUUID() + "@lifeos.test";
        String second = "other-" + UUID.randomUUID() + "@lifeos.test";

        seed(first);
        seed(second);
        seed(first);

        for (String email : List.of(first, second)) {
            String token = login(email);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(api().get("/api/goals?size=20", token).json().path("total_items").asInt()).as(email)
                        .isEqualTo(7);
                assertThat(api().get("/api/projects?size=20", token).json().path("total_items").asInt()).as(email)
                        .isEqualTo(5);
                assertThat(api().get("/api/habits?size=20", token).json().path("items")).as(email).hasSize(5);
            });
        }
        assertThat(registration.openOrFind(first, PASSWORD, "Demo", "Europe/Berlin").isNew()).isFalse();
    }

    @Test
    void theDemosGoalsStandDifferentlyAndNoneProjectsCompletionWithoutTheProgressForIt() {
        String email = "story-" + UUID.randomUUID() + "@lifeos.test";
        seed(email);
        String token = login(email);
        LocalDate today = LocalDate.now(clock.withZone(BERLIN));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                api().get("/api/goals/analytics", token).json().path("schedules")).hasSize(5));
        JsonNode analytics = api().get("/api/goals/analytics", token).json();
        List<String> states = new ArrayList<>();
        for (JsonNode schedule : analytics.path("schedules")) {
            String title = schedule.path("title").asText();
            states.add(schedule.path("state").asText());
            assertThat(LocalDate.parse(schedule.path("start_date").asText())).as(title).isBeforeOrEqualTo(today);
            JsonNode projected = schedule.path("projected_completion_date");
            if (projected.isNull()) {
                assertThat(schedule.path("projection_reason").asText()).as(title).isNotBlank();
                continue;
            }
            // the pace behind a date: the points still missing take at least the days the date lies ahead
            int missing = 100 - schedule.path("progress").asInt();
            double pace = schedule.path("velocity_per_day").asDouble();
            assertThat(pace).as(title).isLessThan(2);
            assertThat(LocalDate.parse(projected.asText())).as(title)
                    .isAfterOrEqualTo(today.plusDays((long) Math.floor(missing / pace)));
        }
        assertThat(states).contains("on_track", "behind", "overdue");
        JsonNode marathon = schedule(analytics, "Run a half marathon");
        assertThat(LocalDate.parse(marathon.path("projected_completion_date").asText()))
                .isAfter(today.plusMonths(1));
        assertThat(schedule(analytics, "Cook at home five nights a week").path("projection_reason").asText())
                .startsWith("needs 7 days");
        assertThat(analytics.path("by_status").path("completed").asInt()).isEqualTo(1);
        assertThat(analytics.path("by_status").path("paused").asInt()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                api().get("/api/dashboard/overview", token).json().path("goals").path("behind").asInt())
                .as("the dashboard judges the same start dates").isEqualTo(3));
    }

    private void seed(String email) {
        new DemoSeeder(new DemoProperties(email, PASSWORD, "Europe/Berlin", 10, 42, 1, 1), registration, history,
                clock).run(null);
    }

    private String login(String email) {
        return api().post("/api/auth/login", null, "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, PASSWORD))
                .json().path("access_token").asText();
    }

    private static JsonNode schedule(JsonNode analytics, String title) {
        for (JsonNode schedule : analytics.path("schedules")) {
            if (schedule.path("title").asText().equals(title)) {
                return schedule;
            }
        }
        throw new AssertionError("no schedule for " + title + " in " + analytics);
    }
}
