package com.lifeos.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Random;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.lifeos.identity.account.AccountRegistration;
import com.lifeos.demo.DemoHistory;
import com.lifeos.app.support.ApiTestSupport;
import com.lifeos.app.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A newcomer seeds the demo account, logs in and finds every part of the dashboard filled. */
class DemoDashboardTest extends ApiTestSupport {

    private static final String PASSWORD = "lifeos demo";

    @Autowired
    AccountRegistration registration;

    @Autowired
    DemoHistory history;

    @Test
    void aSeededDemoAccountHasEveryAreaOfTheDashboardFilled() {
        String email = "demo-" + UUID.randomUUID() + "@lifeos.test";
        AccountRegistration.Opened account = registration.openOrFind(email, PASSWORD, "Demo", "Europe/Berlin");
        int commands = history.write(account.accountId(), ZoneId.of("Europe/Berlin"), TestClock.now(), 120,
                new Random(42));
        assertThat(commands).isGreaterThan(1000);
        String token = api().post("/api/auth/login", null,
                "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, PASSWORD)).json().path("access_token").asText();

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonNode metrics = api().get("/api/dashboard/metrics", token).json();
            assertThat(metrics.path("areas")).hasSize(9);
            for (JsonNode area : metrics.path("areas")) {
                assertThat(area.path("score").isNumber()).as(area.path("area").asText() + " " + area).isTrue();
            }
            assertThat(metrics.path("life_balance").path("score").isNumber()).isTrue();
        });
        JsonNode overview = api().get("/api/dashboard/overview", token).json();
        assertThat(overview.path("habits").path("due").asInt()).isPositive();
        assertThat(overview.path("goals").path("active").asInt()).isPositive();
        assertThat(overview.path("projects").path("overdue").asInt()).isPositive();
        assertThat(overview.path("finance").path("currency").asText()).isEqualTo("EUR");
        assertThat(overview.path("finance").path("expenses").decimalValue()).isPositive();
        assertThat(overview.path("health").findValuesAsText("metric_type")).contains("weight", "sleep", "steps");
        assertThat(overview.path("relationships").path("due").asInt()).isPositive();
        assertThat(overview.path("journal").path("last_mood").asText()).isNotBlank();
        assertThat(api().get("/api/dashboard/recent-activity?limit=5", token).json().path("items")).hasSize(5);
        assertThat(api().get("/api/dashboard/quick-actions", token).json().path("items")).isNotEmpty();

        AccountRegistration.Opened again = registration.openOrFind(email, PASSWORD, "Demo", "Europe/Berlin");
        assertThat(again.isNew()).as("seeding again leaves the account alone").isFalse();
    }
}
