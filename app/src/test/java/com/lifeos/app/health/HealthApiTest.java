package com.lifeos.app.health;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.lifeos.app.support.Api;
import com.lifeos.app.support.ApiTestSupport;
import com.lifeos.app.support.TestUser;
import com.lifeos.app.support.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.lifeos.app.health.HealthDays.TODAY;
import static com.lifeos.app.health.HealthDays.noon;
import static org.assertj.core.api.Assertions.assertThat;

class HealthApiTest extends ApiTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    private Api.Response record(TestUser user, String body) {
        return api().post("/api/health/metrics", user.accessToken(), body);
    }

    private String recordId(TestUser user, String type, String value, String unit, Instant at) {
        Api.Response response = record(user, """
                {"metric_type":"%s","value":%s,%s"recorded_at":"%s"}""".formatted(type, value,
                unit == null ? "" : "\"unit\":\"" + unit + "\",", at));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asText();
    }

    @Test
    void recordReadChangeAndDeleteAMeasurement() {
        TestUser user = newUser();
        Api.Response created = record(user, """
                {"metric_type":"Weight","value":80.5,"recorded_at":"%s","notes":"after the run"}""".formatted(noon(1)));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode weight = created.json();
        String id = weight.path("id").asText();
        assertThat(created.header("Location")).isEqualTo("/api/health/metrics/" + id);
        assertThat(weight.path("metric_type").asText()).isEqualTo("weight");
        assertThat(weight.path("value").decimalValue()).isEqualByComparingTo("80.5");
        assertThat(weight.path("unit").asText()).isEqualTo("kg");
        assertThat(Instant.parse(weight.path("recorded_at").asText())).isEqualTo(noon(1));
        assertThat(weight.path("recorded_on").asText()).isEqualTo(TODAY.minusDays(1).toString());
        assertThat(weight.path("notes").asText()).isEqualTo("after the run");
        assertThat(weight.path("created_at").asText()).isNotBlank();
        assertThat(api().get("/api/health/metrics/" + id, user.accessToken()).json()).isEqualTo(weight);

        Api.Response changed = api().put("/api/health/metrics/" + id, user.accessToken(),
                "{\"value\":176.4,\"unit\":\"LB\"}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().path("value").decimalValue()).isEqualByComparingTo("176.4");
        assertThat(changed.json().path("unit").asText()).isEqualTo("lb");
        assertThat(changed.json().path("notes").asText()).isEqualTo("after the run");
        assertThat(changed.json().path("recorded_on").asText()).isEqualTo(TODAY.minusDays(1).toString());
        assertThat(api().get("/api/health/metrics/" + id, user.accessToken()).json()).isEqualTo(changed.json());

        Api.Response moved = api().put("/api/health/metrics/" + id, user.accessToken(),
                "{\"recorded_at\":\"%s\",\"notes\":\"\"}".formatted(noon(3)));
        assertThat(moved.json().path("recorded_on").asText()).isEqualTo(TODAY.minusDays(3).toString());
        assertThat(moved.json().path("notes").isNull()).isTrue();

        assertThat(api().delete("/api/health/metrics/" + id, user.accessToken()).status()).isEqualTo(204);
        assertThat(api().get("/api/health/metrics/" + id, user.accessToken()).status()).isEqualTo(404);
        assertThat(api().put("/api/health/metrics/" + id, user.accessToken(), "{\"value\":1}").status())
                .isEqualTo(404);
        assertThat(api().get("/api/health/metrics", user.accessToken()).json().path("total_items").asInt()).isZero();
        assertThat(api().get("/api/audit/entities/" + id + "/history", user.accessToken()).json().path("items")
                .findValuesAsText("type")).containsExactly("HealthMetricRecorded", "HealthMetricChanged",
                "HealthMetricChanged", "HealthMetricDeleted");
    }

    @Test
    void aMeasurementWithoutATimeIsTakenNowAndAKnownTypeWithoutAUnitTakesItsDefault() {
        TestUser user = newUser();
        Instant before = TestClock.now();
        JsonNode steps = record(user, "{\"metric_type\":\"steps\",\"value\":9500}").json();

        assertThat(steps.path("unit").asText()).isEqualTo("count");
        assertThat(Instant.parse(steps.path("recorded_at").asText())).isBetween(before.minusSeconds(1),
                TestClock.now().plusSeconds(1));
        assertThat(steps.path("notes").isNull()).isTrue();
        JsonNode free = record(user, "{\"metric_type\":\"meditation\",\"value\":-2.5}").json();
        assertThat(free.path("unit").isNull()).isTrue();
    }

    @Test
    void theDayIsJudgedInTheUsersZone() {
        TestUser tokyo = newUser("Asia/Tokyo");
        LocalDate tokyoToday = TestClock.today("Asia/Tokyo");
        Instant midnightInTokyo = tokyoToday.atStartOfDay(ZoneId.of("Asia/Tokyo")).toInstant();
        String id = recordId(tokyo, "sleep", "7.5", null, midnightInTokyo);

        JsonNode sleep = api().get("/api/health/metrics/" + id, tokyo.accessToken()).json();
        assertThat(sleep.path("recorded_on").asText()).isEqualTo(tokyoToday.toString());
        assertThat(LocalDate.ofInstant(midnightInTokyo, ZoneOffset.UTC)).isEqualTo(tokyoToday.minusDays(1));
        assertThat(api().get("/api/health/metrics?from=%s&to=%s".formatted(tokyoToday, tokyoToday),
                tokyo.accessToken()).json().path("total_items").asInt()).isEqualTo(1);
    }

    @Test
    void theListIsLatestFirstPagedAndFilteredByTypeAndLocalDates() {
        TestUser user = newUser();
        String oldest = recordId(user, "weight", "81", null, noon(10));
        String middle = recordId(user, "steps", "8000", null, noon(5));
        String newest = recordId(user, "weight", "80", null, noon(2));

        JsonNode all = api().get("/api/health/metrics?size=2", user.accessToken()).json();
        assertThat(all.path("items").findValuesAsText("id")).containsExactly(newest, middle);
        assertThat(all.path("total_items").asInt()).isEqualTo(3);
        assertThat(all.path("total_pages").asInt()).isEqualTo(2);
        assertThat(api().get("/api/health/metrics?size=2&page=1", user.accessToken()).json().path("items")
                .findValuesAsText("id")).containsExactly(oldest);
        assertThat(api().get("/api/health/metrics?metric_type=WEIGHT", user.accessToken()).json().path("items")
                .findValuesAsText("id")).containsExactly(newest, oldest);
        assertThat(api().get("/api/health/metrics?from=%s&to=%s".formatted(TODAY.minusDays(10), TODAY.minusDays(5)),
                user.accessToken()).json().path("items").findValuesAsText("id")).containsExactly(middle, oldest);
        assertThat(api().get("/api/health/metrics?from=%s".formatted(TODAY.minusDays(4)), user.accessToken()).json()
                .path("items").findValuesAsText("id")).containsExactly(newest);
        assertThat(api().get("/api/health/metrics?to=%s&metric_type=weight".formatted(TODAY.minusDays(6)),
                user.accessToken()).json().path("items").findValuesAsText("id")).containsExactly(oldest);
    }

    @Test
    void repeatingARecordWithTheSameIdIsHarmless() {
        TestUser user = newUser();
        String body = "{\"id\":\"%s\",\"metric_type\":\"water\",\"value\":500}".formatted(UUID.randomUUID());

        assertThat(record(user, body).status()).isEqualTo(201);
        assertThat(record(user, body).status()).isEqualTo(200);
        assertThat(record(newUser(), body).status()).isEqualTo(409);
        assertThat(api().get("/api/health/metrics", user.accessToken()).json().path("total_items").asInt())
                .isEqualTo(1);
    }

    @Test
    void anotherUsersMeasurementIsNotFoundAndTheirListsStayEmpty() {
        TestUser owner = newUser();
        TestUser stranger = newUser();
        String id = recordId(owner, "heart_rate", "58", null, noon(1));
        String path = "/api/health/metrics/" + id;

        assertThat(api().get(path, stranger.accessToken()).status()).isEqualTo(404);
        assertThat(api().put(path, stranger.accessToken(), "{\"value\":1000}").status()).isEqualTo(404);
        assertThat(api().delete(path, stranger.accessToken()).status()).isEqualTo(404);
        assertThat(api().get("/api/health/metrics", stranger.accessToken()).json().path("total_items").asInt())
                .isZero();
        assertThat(api().get("/api/health/analytics", stranger.accessToken()).json().path("metrics")).isEmpty();
        assertThat(api().get("/api/health/trends?metric_type=heart_rate", stranger.accessToken()).json()
                .path("points").findValuesAsText("count")).containsOnly("0");
        assertThat(api().get(path, owner.accessToken()).json().path("value").decimalValue())
                .isEqualByComparingTo("58");
        assertThat(api().get("/api/health/metrics/" + UUID.randomUUID(), owner.accessToken()).status())
                .isEqualTo(404);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing type             | {"value":1}                                              | metric_type
            type with a space        | {"metric_type":"body fat","value":1}                     | metric_type
            missing value            | {"metric_type":"weight"}                                 | value
            value of wrong type      | {"metric_type":"weight","value":"heavy"}                 | value
            three decimals           | {"metric_type":"weight","value":80.125}                  | value
            weight out of range      | {"metric_type":"weight","value":600}                     | value
            pounds out of range      | {"metric_type":"weight","value":1200,"unit":"lb"}        | value
            weight in stones         | {"metric_type":"weight","value":12,"unit":"stone"}       | unit
            half a mood              | {"metric_type":"mood","value":7.5}                       | value
            negative steps           | {"metric_type":"steps","value":-1}                       | value
            unit too long            | {"metric_type":"x","value":1,"unit":"abcdefghijklmnopqrstu"} | unit
            time not a time          | {"metric_type":"x","value":1,"recorded_at":"yesterday"}  | recorded_at
            time in the future       | {"metric_type":"x","value":1,"recorded_at":"2999-01-01T00:00:00Z"} | recorded_at
            """)
    void aBadMeasurementIsA400NamingTheFieldAndRecordsNothing(String name, String body, String field) {
        TestUser user = newUser();
        Api.Response response = record(user, body);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).contains("application/problem+json");
        assertThat(response.json().path("errors").get(0).path("field").asText()).isEqualTo(field);
        assertThat(api().get("/api/health/metrics", user.accessToken()).json().path("total_items").asInt()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            value out of range       | {"value":900}                                            | value
            a type the value misfits | {"metric_type":"mood"}                                   | value
            a unit the type misfits  | {"unit":"bpm"}                                           | unit
            blank type               | {"metric_type":""}                                       | metric_type
            time in the future       | {"recorded_at":"2999-01-01T00:00:00Z"}                   | recorded_at
            notes too long           | {"notes":"%s"}                                           | notes
            """)
    void aBadChangeIsA400NamingTheFieldAndChangesNothing(String name, String body, String field) {
        TestUser user = newUser();
        String id = recordId(user, "weight", "80", null, noon(1));
        JsonNode before = api().get("/api/health/metrics/" + id, user.accessToken()).json();

        Api.Response response = api().put("/api/health/metrics/" + id, user.accessToken(),
                body.replace("%s", "n".repeat(2001)));

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().path("errors").get(0).path("field").asText()).isEqualTo(field);
        assertThat(api().get("/api/health/metrics/" + id, user.accessToken()).json()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            list from after to       | /api/health/metrics?from=2026-03-02&to=2026-03-01         | from
            list page size           | /api/health/metrics?size=0                                | size
            list bad type            | /api/health/metrics?metric_type=a-b                       | metric_type
            list bad date            | /api/health/metrics?from=March                            | from
            trends without a type    | /api/health/trends                                        | metric_type
            trends unknown bucket    | /api/health/trends?metric_type=weight&bucket=hour         | bucket
            trends from after to     | /api/health/trends?metric_type=weight&from=2026-03-02&to=2026-03-01 | from
            trends too long          | /api/health/trends?metric_type=weight&from=2020-01-01&to=2026-01-01 | to
            """)
    void badQueryParametersAreA400NamingThem(String name, String path, String field) {
        Api.Response response = api().get(path, newUser().accessToken());

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().path("errors").get(0).path("field").asText()).isEqualTo(field);
    }

    @Test
    void notesAreSealedEverywhereButInTheOwnersAnswers() {
        TestUser user = newUser();
        String secret = "Dr Quarrington says the biopsy came back fine";
        String id = record(user, "{\"metric_type\":\"blood_pressure_systolic\",\"value\":128,\"notes\":\"%s\"}"
                .formatted(secret)).json().path("id").asText();
        api().put("/api/health/metrics/" + id, user.accessToken(), "{\"notes\":\"%s again\"}".formatted(secret));

        assertThat(api().get("/api/health/metrics/" + id, user.accessToken()).json().path("notes").asText())
                .isEqualTo(secret + " again");
        List<String> stored = new ArrayList<>(jdbc.query(
                "SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ?",
                (rs, row) -> new String(rs.getBytes(1), StandardCharsets.UTF_8), id));
        assertThat(stored).hasSize(2).allSatisfy(payload -> assertThat(payload).contains("v1."));
        stored.addAll(jdbc.queryForList("SELECT notes FROM health_metric WHERE id = ?::uuid", String.class, id));
        stored.addAll(jdbc.queryForList("SELECT payload FROM audit_entry WHERE entity_id = ?", String.class, id));
        for (String fragment : List.of("Quarrington", "biopsy", "fine")) {
            assertThat(stored).allSatisfy(text -> assertThat(text).doesNotContain(fragment));
        }
    }
}
