package com.lifeos.app.health;

import java.time.Instant;
import java.time.ZoneOffset;

import com.fasterxml.jackson.databind.JsonNode;
import com.lifeos.app.support.Api;
import com.lifeos.app.support.ApiTestSupport;
import com.lifeos.app.support.TestUser;
import org.junit.jupiter.api.Test;

import static com.lifeos.app.health.HealthDays.TODAY;
import static com.lifeos.app.health.HealthDays.noon;
import static org.assertj.core.api.Assertions.assertThat;

/** Trends and analytics over a week of a person's readings, with the numbers worked out by hand. */
class HealthInsightsTest extends ApiTestSupport {

    private void record(TestUser user, String type, String value, String unit, Instant at) {
        Api.Response response = api().post("/api/health/metrics", user.accessToken(), """
                {"metric_type":"%s","value":%s,%s"recorded_at":"%s"}""".formatted(type, value,
                unit == null ? "" : "\"unit\":\"" + unit + "\",", at));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    private TestUser aWeekOfWeighingIns() {
        TestUser user = newUser();
        record(user, "weight", "80", null, noon(6));
        record(user, "weight", "81", null, noon(6));
        record(user, "weight", "176.37", "lb", noon(4));
        record(user, "weight", "79", "kg", TODAY.atStartOfDay().toInstant(ZoneOffset.UTC));
        return user;
    }

    @Test
    void aDailyTrendHasEveryDayPoundsCountedAsKilogramsAndTheChangeFromFirstToLast() {
        TestUser user = aWeekOfWeighingIns();

        JsonNode trend = api().get("/api/health/trends?metric_type=weight&from=%s&to=%s"
                .formatted(TODAY.minusDays(6), TODAY), user.accessToken()).json();

        assertThat(trend.path("metric_type").asText()).isEqualTo("weight");
        assertThat(trend.path("unit").asText()).isEqualTo("kg");
        assertThat(trend.path("bucket").asText()).isEqualTo("day");
        JsonNode points = trend.path("points");
        assertThat(points).hasSize(7);
        assertThat(points.findValuesAsText("start")).first().isEqualTo(TODAY.minusDays(6).toString());
        assertThat(points.findValuesAsText("count")).containsExactly("2", "0", "1", "0", "0", "0", "1");
        assertThat(points.get(0).path("min").decimalValue()).isEqualByComparingTo("80.00");
        assertThat(points.get(0).path("max").decimalValue()).isEqualByComparingTo("81.00");
        assertThat(points.get(0).path("average").decimalValue()).isEqualByComparingTo("80.50");
        assertThat(points.get(1).path("average").isNull()).isTrue();
        assertThat(points.get(1).path("moving_average").decimalValue()).isEqualByComparingTo("80.50");
        assertThat(points.get(2).path("average").decimalValue()).isEqualByComparingTo("80.00");
        assertThat(points.get(2).path("moving_average").decimalValue()).isEqualByComparingTo("80.25");
        assertThat(points.get(6).path("moving_average").decimalValue()).isEqualByComparingTo("79.83");
        assertThat(trend.path("change").path("absolute").decimalValue()).isEqualByComparingTo("-1.50");
        assertThat(trend.path("change").path("percent").decimalValue()).isEqualByComparingTo("-1.9");
    }

    @Test
    void aTrendDefaultsToTheLastThirtyDaysAndCanBeWeeklyOrMonthly() {
        TestUser user = aWeekOfWeighingIns();

        JsonNode daily = api().get("/api/health/trends?metric_type=Weight", user.accessToken()).json();
        assertThat(daily.path("from").asText()).isEqualTo(TODAY.minusDays(29).toString());
        assertThat(daily.path("to").asText()).isEqualTo(TODAY.toString());
        assertThat(daily.path("points")).hasSize(30);

        JsonNode weekly = api().get("/api/health/trends?metric_type=weight&bucket=WEEK&from=%s&to=%s"
                .formatted(TODAY.minusDays(6), TODAY), user.accessToken()).json();
        assertThat(weekly.path("bucket").asText()).isEqualTo("week");
        assertThat(weekly.path("points").findValuesAsText("count").stream().mapToInt(Integer::parseInt).sum())
                .isEqualTo(4);

        JsonNode monthly = api().get("/api/health/trends?metric_type=weight&bucket=month&from=%s&to=%s"
                .formatted(TODAY, TODAY), user.accessToken()).json();
        assertThat(monthly.path("points")).hasSize(1);
        assertThat(monthly.path("points").get(0).path("start").asText()).isEqualTo(TODAY.withDayOfMonth(1)
                .toString());
        assertThat(monthly.path("points").get(0).path("count").asInt()).isEqualTo(1);
        assertThat(monthly.path("change").isNull()).isTrue();
    }

    @Test
    void analyticsSummariseEachMetricOnTheUsersToday() {
        TestUser user = aWeekOfWeighingIns();
        record(user, "steps", "10000", null, noon(1));
        record(user, "steps", "6000", null, noon(10));
        record(user, "steps", "12000", null, noon(40));
        record(user, "heart_rate", "60", null, noon(2));
        record(user, "heart_rate", "55", null, noon(20));

        JsonNode analytics = api().get("/api/health/analytics", user.accessToken()).json();

        assertThat(analytics.path("today").asText()).isEqualTo(TODAY.toString());
        JsonNode metrics = analytics.path("metrics");
        assertThat(metrics.findValuesAsText("metric_type")).containsExactly("heart_rate", "steps", "weight");

        JsonNode heart = metrics.get(0);
        assertThat(heart.path("personal_best_is").asText()).isEqualTo("lowest");
        assertThat(heart.path("personal_best").path("value").decimalValue()).isEqualByComparingTo("55");
        assertThat(heart.path("seven_day_average").decimalValue()).isEqualByComparingTo("60.00");
        assertThat(heart.path("thirty_day_average").decimalValue()).isEqualByComparingTo("57.50");

        JsonNode steps = metrics.get(1);
        assertThat(steps.path("unit").asText()).isEqualTo("count");
        assertThat(steps.path("readings").asInt()).isEqualTo(3);
        assertThat(steps.path("latest").path("value").decimalValue()).isEqualByComparingTo("10000");
        assertThat(steps.path("latest").path("recorded_on").asText()).isEqualTo(TODAY.minusDays(1).toString());
        assertThat(steps.path("seven_day_average").decimalValue()).isEqualByComparingTo("10000.00");
        assertThat(steps.path("thirty_day_average").decimalValue()).isEqualByComparingTo("8000.00");
        assertThat(steps.path("days_logged_last_thirty").asInt()).isEqualTo(2);
        assertThat(steps.path("personal_best_is").asText()).isEqualTo("highest");
        assertThat(steps.path("personal_best").path("value").decimalValue()).isEqualByComparingTo("12000");

        JsonNode weight = metrics.get(2);
        assertThat(weight.path("unit").asText()).isEqualTo("kg");
        assertThat(weight.path("readings").asInt()).isEqualTo(4);
        assertThat(weight.path("latest").path("value").decimalValue()).isEqualByComparingTo("79.00");
        assertThat(weight.path("seven_day_average").decimalValue()).isEqualByComparingTo("80.00");
        assertThat(weight.path("days_logged_last_thirty").asInt()).isEqualTo(3);
        assertThat(weight.path("personal_best_is").asText()).isEqualTo("none");
        assertThat(weight.path("personal_best").isNull()).isTrue();
        assertThat(weight.path("lowest").path("value").decimalValue()).isEqualByComparingTo("79.00");
        assertThat(weight.path("highest").path("value").decimalValue()).isEqualByComparingTo("81.00");
    }

    @Test
    void aNewUserHasNoAnalyticsAndAnEmptyTrend() {
        TestUser user = newUser();

        assertThat(api().get("/api/health/analytics", user.accessToken()).json().path("metrics")).isEmpty();
        JsonNode trend = api().get("/api/health/trends?metric_type=mood&bucket=week", user.accessToken()).json();
        assertThat(trend.path("unit").asText()).isEqualTo("score");
        assertThat(trend.path("points").findValuesAsText("count")).containsOnly("0");
        assertThat(trend.path("change").isNull()).isTrue();
    }
}
