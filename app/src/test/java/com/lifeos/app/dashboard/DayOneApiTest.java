package com.lifeos.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import com.fasterxml.jackson.databind.JsonNode;
import com.lifeos.app.support.Api;
import com.lifeos.app.support.ApiTestSupport;
import com.lifeos.app.support.TestUser;
import com.lifeos.app.support.TestClock;
import org.junit.jupiter.api.Test;

/**
 * The numbers a person sees in their first hour: nothing judged where there is nothing to judge, what they
 * logged today counted, and a reminder that says "due in" rather than "-14 days overdue".
 */
class DayOneApiTest extends ApiTestSupport {

    private static final String AUCKLAND = "Pacific/Auckland";

    @Test
    void aBrandNewAccountHasNoScoresNoBalanceAndNoStrongestOrWeakestArea() {
        TestUser user = newUser();

        JsonNode metrics = ok(api().get("/api/dashboard/metrics", user.accessToken()));

        assertThat(metrics.path("areas")).hasSize(9);
        for (JsonNode area : metrics.path("areas")) {
            assertThat(area.path("score").isNull()).as(area.toString()).isTrue();
        }
        assertThat(metrics.path("life_balance").path("score").isNull()).isTrue();
        assertThat(metrics.path("life_balance").path("inputs").path("areas_scored").asInt()).isZero();
        assertThat(metrics.path("strongest_area").isNull()).isTrue();
        assertThat(metrics.path("weakest_area").isNull()).isTrue();

        JsonNode insights = ok(api().get("/api/insights", user.accessToken()));
        JsonNode balance = insights.path("balance");
        assertThat(balance.path("life_balance").isNull()).isTrue();
        assertThat(balance.path("strongest_area").isNull()).isTrue();
        assertThat(balance.path("weakest_area").isNull()).isTrue();
        assertThat(balance.path("area_scores").path("health").isNull()).isTrue();
        assertThat(insights.path("recommendations").findValuesAsText("evidence"))
                .noneMatch(evidence -> evidence.contains("your lowest") || evidence.contains("your highest"));
    }

    @Test
    void oneScoredAreaIsNotYetABalance() {
        TestUser user = newUser();
        String read = create(user, "/api/habits", "{\"title\":\"Read\",\"frequency\":\"daily\"}");
        assertThat(api().post("/api/habits/" + read + "/checkin", user.accessToken(), "{}").status()).isEqualTo(201);

        JsonNode metrics = ok(api().get("/api/dashboard/metrics", user.accessToken()));

        assertThat(area(metrics, "habits").path("score").asInt()).isEqualTo(100);
        assertThat(area(metrics, "health").path("score").isNull()).isTrue();
        assertThat(area(metrics, "journal").path("score").isNull()).isTrue();
        assertThat(area(metrics, "learning").path("score").isNull()).isTrue();
        assertThat(metrics.path("life_balance").path("score").isNull()).isTrue();
        assertThat(metrics.path("life_balance").path("inputs").path("areas_scored").asInt()).isEqualTo(1);
        assertThat(metrics.path("strongest_area").isNull()).isTrue();
        assertThat(metrics.path("weakest_area").isNull()).isTrue();
    }

    @Test
    void twoScoredAreasHaveABalanceAndAStrongestAndAWeakestArea() {
        TestUser user = newUser();
        String today = TestClock.today().toString();
        String read = create(user, "/api/habits", "{\"title\":\"Read\",\"frequency\":\"daily\"}");
        assertThat(api().post("/api/habits/" + read + "/checkin", user.accessToken(), "{}").status()).isEqualTo(201);
        // a journal begun today, written today: judged on that one day
        create(user, "/api/journal/entries", "{\"content\":\"Day one.\",\"entry_date\":\"%s\"}".formatted(today));
        create(user, "/api/projects", "{\"title\":\"Late\",\"due_date\":\"%s\"}"
                .formatted(LocalDate.parse(today).minusDays(2)));
        create(user, "/api/projects", "{\"title\":\"Fine\"}");

        JsonNode metrics = ok(api().get("/api/dashboard/metrics", user.accessToken()));

        assertThat(area(metrics, "journal").path("score").asInt()).isEqualTo(100);
        assertThat(area(metrics, "journal").path("inputs").path("days").asInt()).isEqualTo(1);
        assertThat(area(metrics, "journal").path("inputs").path("judged_from").asText()).isEqualTo(today);
        assertThat(area(metrics, "projects").path("score").asInt()).isEqualTo(50);
        // 100 (habits), 50 (projects), 100 (journal): mean 83.33, stddev 23.57 → 83.33 - 11.79 = 71.55 → 72
        assertThat(metrics.path("life_balance").path("inputs").path("areas_scored").asInt()).isEqualTo(3);
        assertThat(metrics.path("life_balance").path("score").asInt()).isEqualTo(72);
        assertThat(metrics.path("strongest_area").asText()).isEqualTo("habits");
        assertThat(metrics.path("weakest_area").asText()).isEqualTo("projects");

        JsonNode balance = ok(api().get("/api/insights", user.accessToken())).path("balance");
        assertThat(balance.path("life_balance").asInt()).isEqualTo(72);
        assertThat(balance.path("strongest_area").asText()).isEqualTo("habits");
        assertThat(balance.path("weakest_area").asText()).isEqualTo("projects");
    }

    @Test
    void learningLoggedTodayCountsInTheLastFourWeeks() {
        TestUser user = newUser(AUCKLAND);
        assertThat(api().put("/api/auth/profile", user.accessToken(), "{\"week_start\":\"SUNDAY\"}").status())
                .isEqualTo(200);
        LocalDate today = TestClock.today(AUCKLAND);
        create(user, "/api/learning/sessions", """
                {"course_name":"Go","duration_minutes":75,"session_date":"%s"}""".formatted(today));

        JsonNode insights = ok(api().get("/api/insights", user.accessToken()));

        JsonNode learning = insights.path("sent_context").path("learning");
        LocalDate weekStart = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
        assertThat(learning.path("minutes_this_week").asLong()).isEqualTo(75);
        assertThat(learning.path("minutes_last_four_weeks").asLong()).isEqualTo(75);
        assertThat(learning.path("last_four_weeks_from").asText()).isEqualTo(weekStart.minusWeeks(3).toString());
        assertThat(insights.path("recommendations").findValuesAsText("evidence"))
                .anySatisfy(evidence -> assertThat(evidence).startsWith("75 minutes of learning since "))
                .noneSatisfy(evidence -> assertThat(evidence).startsWith("0 minutes of learning"));
        assertThat(insights.path("trends").findValuesAsText("measure")).contains("minutes per 14 days");

        JsonNode score = area(ok(api().get("/api/dashboard/metrics", user.accessToken())), "learning");
        assertThat(score.path("inputs").path("minutes").asLong()).isEqualTo(75);
        assertThat(score.path("score").asInt()).isEqualTo(100);
    }

    @Test
    void remindersSayDueInRatherThanNegativelyOverdue() {
        TestUser user = newUser();
        LocalDate today = TestClock.today();
        create(user, "/api/relationships", "{\"contact_name\":\"Later\",\"next_contact_date\":\"%s\"}"
                .formatted(today.plusDays(14)));
        create(user, "/api/relationships", "{\"contact_name\":\"Today\",\"next_contact_date\":\"%s\"}"
                .formatted(today));
        create(user, "/api/relationships", """
                {"contact_name":"Late","contact_every_days":7,"last_contact_date":"%s"}"""
                .formatted(today.minusDays(10)));

        JsonNode items = ok(api().get("/api/relationships/reminders?days=14", user.accessToken())).path("items");

        assertThat(items.findValuesAsText("contact_name")).containsExactly("Late", "Today", "Later");
        assertThat(items.get(0).path("days_overdue").asLong()).isEqualTo(3);
        assertThat(items.get(0).path("days_until").isNull()).isTrue();
        assertThat(items.get(1).path("days_overdue").isNull()).isTrue();
        assertThat(items.get(1).path("days_until").isIntegralNumber()).isTrue();
        assertThat(items.get(1).path("days_until").asLong()).isZero();
        assertThat(items.get(2).path("days_overdue").isNull()).isTrue();
        assertThat(items.get(2).path("days_until").asLong()).isEqualTo(14);

        JsonNode due = ok(api().get("/api/dashboard/overview", user.accessToken())).path("relationships");
        assertThat(due.path("due").asInt()).isEqualTo(2);
        assertThat(due.path("items").get(1).path("days_until").asLong()).isZero();
        assertThat(due.path("items").get(1).path("days_overdue").isNull()).isTrue();
    }

    private String create(TestUser user, String path, String body) {
        Api.Response response = api().post(path, user.accessToken(), body);
        assertThat(response.status()).as(path + " " + response.body()).isEqualTo(201);
        return response.json().path("id").asText();
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode area(JsonNode metrics, String name) {
        for (JsonNode area : metrics.path("areas")) {
            if (area.path("area").asText().equals(name)) {
                return area;
            }
        }
        throw new AssertionError("no area " + name + " in " + metrics);
    }
}
