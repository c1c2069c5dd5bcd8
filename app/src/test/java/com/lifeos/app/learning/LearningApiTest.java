package com.lifeos.app.learning;

import java.time.LocalDate;
import java.time.ZoneId;
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

import static org.assertj.core.api.Assertions.assertThat;

class LearningApiTest extends ApiTestSupport {

    private static final LocalDate TODAY = TestClock.today();

    @Test
    void logReadChangeAndDeleteASession() {
        TestUser user = newUser();
        Api.Response created = create(user, """
                {"course_name":"  SQL Basics ","platform":"Coursera","duration_minutes":45,"progress_percentage":30,
                 "session_date":"%s","notes":"joins finally make sense"}""".formatted(TODAY.minusDays(2)));

        assertThat(created.status()).isEqualTo(201);
        JsonNode session = created.json();
        String id = session.path("id").asText();
        assertThat(created.header("Location")).isEqualTo("/api/learning/sessions/" + id);
        assertThat(session.path("course_name").asText()).isEqualTo("SQL Basics");
        assertThat(session.path("platform").asText()).isEqualTo("Coursera");
        assertThat(session.path("duration_minutes").asInt()).isEqualTo(45);
        assertThat(session.path("progress_percentage").asInt()).isEqualTo(30);
        assertThat(session.path("session_date").asText()).isEqualTo(TODAY.minusDays(2).toString());
        assertThat(session.path("notes").asText()).isEqualTo("joins finally make sense");
        assertThat(session.path("created_at").asText()).isNotBlank();
        assertThat(session.path("updated_at").asText()).isNotBlank();
        assertThat(api().get("/api/learning/sessions/" + id, user.accessToken()).json()).isEqualTo(session);

        Api.Response changed = api().put("/api/learning/sessions/" + id, user.accessToken(),
                "{\"progress_percentage\":55,\"duration_minutes\":50}");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().path("progress_percentage").asInt()).isEqualTo(55);
        assertThat(changed.json().path("duration_minutes").asInt()).isEqualTo(50);
        assertThat(changed.json().path("course_name").asText()).isEqualTo("SQL Basics");
        assertThat(changed.json().path("platform").asText()).isEqualTo("Coursera");
        assertThat(changed.json().path("notes").asText()).isEqualTo("joins finally make sense");
        assertThat(changed.json().path("session_date").asText()).isEqualTo(TODAY.minusDays(2).toString());
        assertThat(api().get("/api/learning/sessions/" + id, user.accessToken()).json()).isEqualTo(changed.json());

        JsonNode cleared = api().put("/api/learning/sessions/" + id, user.accessToken(),
                "{\"platform\":\"\",\"notes\":\"\",\"session_date\":\"%s\"}".formatted(TODAY)).json();
        assertThat(cleared.path("platform").isNull()).isTrue();
        assertThat(cleared.path("notes").isNull()).isTrue();
        assertThat(cleared.path("session_date").asText()).isEqualTo(TODAY.toString());

        assertThat(api().delete("/api/learning/sessions/" + id, user.accessToken()).status()).isEqualTo(204);
        assertThat(api().get("/api/learning/sessions/" + id, user.accessToken()).status()).isEqualTo(404);
        assertThat(api().put("/api/learning/sessions/" + id, user.accessToken(), "{\"duration_minutes\":5}").status())
                .isEqualTo(404);
        assertThat(api().delete("/api/learning/sessions/" + id, user.accessToken()).status()).isEqualTo(404);
        assertThat(api().get("/api/learning/sessions", user.accessToken()).json().path("total_items").asInt())
                .isZero();
        assertThat(api().get("/api/audit/entities/" + id + "/history", user.accessToken()).json().path("items")
                .findValuesAsText("type")).containsExactly("LearningSessionLogged", "LearningSessionChanged",
                "LearningSessionChanged", "LearningSessionDeleted");
    }

    @Test
    void aSessionNeedsOnlyACourseAndADurationAndHappensTodayByDefault() {
        TestUser user = newUser();
        JsonNode bare = create(user, "{\"course_name\":\"Go\",\"duration_minutes\":1}").json();

        assertThat(bare.path("session_date").asText()).isEqualTo(TODAY.toString());
        assertThat(bare.path("duration_minutes").asInt()).isEqualTo(1);
        for (String absent : List.of("platform", "progress_percentage", "notes")) {
            assertThat(bare.path(absent).isNull()).as(absent).isTrue();
        }
    }

    @Test
    void todayIsTheUsersOwnToday() {
        ZoneId kiritimati = ZoneId.of("Pacific/Kiritimati");
        ZoneId niue = ZoneId.of("Pacific/Niue");
        TestUser ahead = newUser(kiritimati.getId());
        TestUser behind = newUser(niue.getId());
        LocalDate aheadToday = TestClock.today(kiritimati);

        assertThat(create(ahead, "{\"course_name\":\"Go\",\"duration_minutes\":30}").json().path("session_date")
                .asText()).isEqualTo(aheadToday.toString());
        assertThat(create(behind, "{\"course_name\":\"Go\",\"duration_minutes\":30}").json().path("session_date")
                .asText()).isEqualTo(TestClock.today(niue).toString());
        assertThat(create(ahead, "{\"course_name\":\"Go\",\"duration_minutes\":30,\"session_date\":\"%s\"}"
                .formatted(aheadToday)).status()).isEqualTo(201);
        assertThat(fieldOf(create(behind, "{\"course_name\":\"Go\",\"duration_minutes\":30,\"session_date\":\"%s\"}"
                .formatted(aheadToday)))).isEqualTo("session_date");
    }

    @Test
    void repeatingALogWithTheSameIdIsHarmless() {
        TestUser user = newUser();
        String body = "{\"id\":\"%s\",\"course_name\":\"Go\",\"duration_minutes\":30}".formatted(UUID.randomUUID());

        Api.Response first = create(user, body);
        Api.Response again = create(user, body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(api().get("/api/learning/sessions", user.accessToken()).json().path("total_items").asInt())
                .isEqualTo(1);
        assertThat(create(newUser(), body).status()).isEqualTo(409);
    }

    @Test
    void theListIsLatestFirstFilteredByDatesCourseAndPlatformAndPaged() {
        TestUser user = newUser();
        log(user, "SQL Basics", "Coursera", 30, null, TODAY.minusDays(10));
        log(user, "sql basics ", "coursera", 40, null, TODAY.minusDays(3));
        log(user, "Rust", "Udemy", 50, null, TODAY.minusDays(5));
        log(user, "Rust", null, 60, null, TODAY);

        assertThat(minutes(user, "")).containsExactly("60", "40", "50", "30");
        assertThat(minutes(user, "course_name=SQL%20BASICS")).containsExactly("40", "30");
        assertThat(minutes(user, "platform=COURSERA")).containsExactly("40", "30");
        assertThat(minutes(user, "course_name=rust&platform=udemy")).containsExactly("50");
        assertThat(minutes(user, "from=%s&to=%s".formatted(TODAY.minusDays(5), TODAY.minusDays(3))))
                .containsExactly("40", "50");
        assertThat(minutes(user, "from=" + TODAY.minusDays(3))).containsExactly("60", "40");
        assertThat(minutes(user, "to=" + TODAY.minusDays(10))).containsExactly("30");
        assertThat(minutes(user, "platform=&course_name=")).hasSize(4);
        JsonNode page = api().get("/api/learning/sessions?size=3&page=1", user.accessToken()).json();
        assertThat(page.path("items").findValuesAsText("duration_minutes")).containsExactly("30");
        assertThat(page.path("page").asInt()).isEqualTo(1);
        assertThat(page.path("size").asInt()).isEqualTo(3);
        assertThat(page.path("total_items").asInt()).isEqualTo(4);
        assertThat(page.path("total_pages").asInt()).isEqualTo(2);
        assertThat(fieldOf(api().get("/api/learning/sessions?size=101", user.accessToken()))).isEqualTo("size");
        assertThat(fieldOf(api().get("/api/learning/sessions?page=-1", user.accessToken()))).isEqualTo("page");
        assertThat(fieldOf(api().get("/api/learning/sessions?from=%s&to=%s".formatted(TODAY, TODAY.minusDays(1)),
                user.accessToken()))).isEqualTo("from");
        assertThat(api().get("/api/learning/sessions?from=yesterday", user.accessToken()).status()).isEqualTo(400);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no course            | {\"duration_minutes\":30}                                          | course_name",
            "blank course         | {\"course_name\":\"  \",\"duration_minutes\":30}                   | course_name",
            "no duration          | {\"course_name\":\"Go\"}                                           | duration_minutes",
            "zero minutes         | {\"course_name\":\"Go\",\"duration_minutes\":0}                    | duration_minutes",
            "more than a day      | {\"course_name\":\"Go\",\"duration_minutes\":1441}                 | duration_minutes",
            "minutes as text      | {\"course_name\":\"Go\",\"duration_minutes\":\"half an hour\"}     | duration_minutes",
            "negative progress    | {\"course_name\":\"Go\",\"duration_minutes\":30,\"progress_percentage\":-1}  | progress_percentage",
            "progress over 100    | {\"course_name\":\"Go\",\"duration_minutes\":30,\"progress_percentage\":101} | progress_percentage",
            "not a date           | {\"course_name\":\"Go\",\"duration_minutes\":30,\"session_date\":\"31/12/2025\"} | session_date",
    })
    void invalidSessionsAreRejectedNamingTheField(String name, String body, String field) {
        TestUser user = newUser();

        assertThat(fieldOf(create(user, body))).isEqualTo(field);
        assertThat(api().get("/api/learning/sessions", user.accessToken()).json().path("total_items").asInt())
                .isZero();
    }

    @Test
    void limitsAreCheckedAtTheirEdges() {
        TestUser user = newUser();
        assertThat(fieldOf(create(user, "{\"course_name\":\"%s\",\"duration_minutes\":30}"
                .formatted("x".repeat(256))))).isEqualTo("course_name");
        assertThat(create(user, "{\"course_name\":\"%s\",\"duration_minutes\":1440,\"progress_percentage\":100}"
                .formatted("x".repeat(255))).status()).isEqualTo(201);
        assertThat(fieldOf(create(user, "{\"course_name\":\"Go\",\"duration_minutes\":30,\"platform\":\"%s\"}"
                .formatted("p".repeat(101))))).isEqualTo("platform");
        assertThat(fieldOf(create(user, "{\"course_name\":\"Go\",\"duration_minutes\":30,\"notes\":\"%s\"}"
                .formatted("n".repeat(2001))))).isEqualTo("notes");
        assertThat(fieldOf(create(user, "{\"course_name\":\"Go\",\"duration_minutes\":30,\"session_date\":\"%s\"}"
                .formatted(TODAY.plusDays(1))))).isEqualTo("session_date");
    }

    @Test
    void invalidChangesAreRejectedAndChangeNothing() {
        TestUser user = newUser();
        String id = log(user, "Go", "Udemy", 30, 20, TODAY.minusDays(1));
        JsonNode before = api().get("/api/learning/sessions/" + id, user.accessToken()).json();

        assertThat(fieldOf(change(user, id, "{\"course_name\":\"  \"}"))).isEqualTo("course_name");
        assertThat(fieldOf(change(user, id, "{\"duration_minutes\":0}"))).isEqualTo("duration_minutes");
        assertThat(fieldOf(change(user, id, "{\"progress_percentage\":101}"))).isEqualTo("progress_percentage");
        assertThat(fieldOf(change(user, id, "{\"session_date\":\"%s\"}".formatted(TODAY.plusDays(1)))))
                .isEqualTo("session_date");
        assertThat(change(user, id, "not json").status()).isEqualTo(400);
        assertThat(change(user, id, "{}").status()).isEqualTo(200);
        assertThat(api().get("/api/learning/sessions/" + id, user.accessToken()).json()).isEqualTo(before);
        assertThat(api().get("/api/audit/entities/" + id + "/history", user.accessToken()).json().path("items"))
                .hasSize(1);
    }

    @Test
    void anotherUsersSessionsAreNotFoundAndTheirListsStayEmpty() {
        TestUser owner = newUser();
        TestUser stranger = newUser();
        String id = log(owner, "Mine", "Udemy", 30, 100, TODAY);

        assertThat(api().get("/api/learning/sessions/" + id, stranger.accessToken()).status()).isEqualTo(404);
        assertThat(change(stranger, id, "{\"course_name\":\"Theirs\"}").status()).isEqualTo(404);
        assertThat(change(stranger, id, "{\"session_date\":\"%s\"}".formatted(TODAY.plusDays(3))).status())
                .isEqualTo(404);
        assertThat(api().delete("/api/learning/sessions/" + id, stranger.accessToken()).status()).isEqualTo(404);
        assertThat(api().get("/api/learning/sessions", stranger.accessToken()).json().path("items")).isEmpty();
        assertThat(api().get("/api/learning/courses", stranger.accessToken()).json().path("items")).isEmpty();
        JsonNode analytics = api().get("/api/learning/analytics", stranger.accessToken()).json();
        assertThat(analytics.path("total_minutes").asInt()).isZero();
        assertThat(analytics.path("current_streak_days").asInt()).isZero();
        assertThat(api().get("/api/learning/sessions/" + id, owner.accessToken()).json().path("course_name").asText())
                .isEqualTo("Mine");
        assertThat(api().get("/api/learning/sessions", null).status()).isEqualTo(401);
    }

    @Test
    void coursesGatherSessionsByNameAndPlatformLatestFirst() {
        TestUser user = newUser();
        LocalDate day = LocalDate.of(2025, 3, 10);
        log(user, "SQL basics", "Coursera", 30, 20, day);
        log(user, "SQL Basics ", "coursera", 45, 60, day.plusDays(2));
        log(user, "sql basics", "Coursera", 15, null, day.plusDays(3));
        log(user, "SQL basics", null, 25, null, day.plusDays(1));
        log(user, "Rust", "Udemy", 90, 100, day.minusDays(30));
        log(user, "Rust", "Udemy", 20, 40, day.minusDays(5));

        JsonNode courses = api().get("/api/learning/courses", user.accessToken()).json();

        assertThat(courses.path("total_items").asInt()).isEqualTo(3);
        JsonNode sql = courses.path("items").get(0);
        assertThat(sql.path("course_name").asText()).isEqualTo("sql basics");
        assertThat(sql.path("platform").asText()).isEqualTo("Coursera");
        assertThat(sql.path("total_minutes").asInt()).isEqualTo(90);
        assertThat(sql.path("sessions").asInt()).isEqualTo(3);
        assertThat(sql.path("first_session_date").asText()).isEqualTo("2025-03-10");
        assertThat(sql.path("last_session_date").asText()).isEqualTo("2025-03-13");
        assertThat(sql.path("latest_progress").asInt()).isEqualTo(60);
        assertThat(sql.path("completed").asBoolean()).isFalse();
        JsonNode sqlAlone = courses.path("items").get(1);
        assertThat(sqlAlone.path("platform").isNull()).isTrue();
        assertThat(sqlAlone.path("total_minutes").asInt()).isEqualTo(25);
        assertThat(sqlAlone.path("latest_progress").isNull()).isTrue();
        JsonNode rust = courses.path("items").get(2);
        assertThat(rust.path("course_name").asText()).isEqualTo("Rust");
        assertThat(rust.path("total_minutes").asInt()).isEqualTo(110);
        assertThat(rust.path("latest_progress").asInt()).isEqualTo(40);
        assertThat(rust.path("completed").asBoolean()).isTrue();
        JsonNode second = api().get("/api/learning/courses?size=2&page=1", user.accessToken()).json();
        assertThat(second.path("items").findValuesAsText("course_name")).containsExactly("Rust");
        assertThat(second.path("total_pages").asInt()).isEqualTo(2);
        assertThat(fieldOf(api().get("/api/learning/courses?size=0", user.accessToken()))).isEqualTo("size");
    }

    @Test
    void analyticsAddUpMinutesPerWeekAndPlatformWithTheStreakAsOfToday() {
        TestUser user = newUser();
        log(user, "SQL", null, 10, null, LocalDate.of(2025, 3, 3));
        log(user, "SQL", "Coursera", 100, null, LocalDate.of(2025, 3, 4));
        log(user, "SQL", "Coursera", 30, null, LocalDate.of(2025, 3, 5));
        log(user, "SQL", "coursera", 45, null, LocalDate.of(2025, 3, 9));
        log(user, "Books", null, 60, null, LocalDate.of(2025, 3, 10));
        log(user, "Go", "Udemy", 20, null, LocalDate.of(2025, 3, 16));
        log(user, "Go", "Udemy", 999, null, LocalDate.of(2025, 3, 17));
        log(user, "Go", "Udemy", 15, null, TODAY.minusDays(2));
        log(user, "Go", "Udemy", 15, null, TODAY.minusDays(1));

        JsonNode view = analytics(user, "from=2025-03-05&to=2025-03-16");

        assertThat(view.path("from").asText()).isEqualTo("2025-03-05");
        assertThat(view.path("to").asText()).isEqualTo("2025-03-16");
        assertThat(view.path("total_minutes").asInt()).isEqualTo(155);
        assertThat(view.path("sessions").asInt()).isEqualTo(4);
        assertThat(view.path("average_session_minutes").decimalValue()).isEqualByComparingTo("38.8");
        assertThat(view.path("current_streak_days").asInt()).isEqualTo(2);
        assertThat(view.path("longest_streak_days").asInt()).isEqualTo(3);
        assertThat(view.path("minutes_per_week").findValuesAsText("week_start"))
                .containsExactly("2025-03-03", "2025-03-10");
        assertThat(view.path("minutes_per_week").findValuesAsText("minutes")).containsExactly("75", "80");
        assertThat(view.path("minutes_per_week").findValuesAsText("sessions")).containsExactly("2", "2");
        JsonNode platforms = view.path("minutes_per_platform");
        assertThat(platforms.findValuesAsText("minutes")).containsExactly("75", "60", "20");
        assertThat(platforms.get(0).path("platform").asText()).isEqualTo("coursera");
        assertThat(platforms.get(1).path("platform").isNull()).isTrue();
        assertThat(platforms.get(2).path("platform").asText()).isEqualTo("Udemy");

        api().put("/api/auth/profile", user.accessToken(), "{\"week_start\":\"SUNDAY\"}");
        JsonNode sundays = analytics(user, "from=2025-03-05&to=2025-03-16");
        assertThat(sundays.path("minutes_per_week").findValuesAsText("week_start"))
                .containsExactly("2025-03-02", "2025-03-09", "2025-03-16");
        assertThat(sundays.path("minutes_per_week").findValuesAsText("minutes")).containsExactly("30", "105", "20");
    }

    @Test
    void analyticsDefaultToTwelveWeeksEndingTodayAndRejectBadRanges() {
        TestUser user = newUser();
        log(user, "Go", null, 40, null, TODAY);
        log(user, "Go", null, 20, null, TODAY.minusDays(83));
        log(user, "Go", null, 99, null, TODAY.minusDays(84));

        JsonNode view = analytics(user, "");

        assertThat(view.path("from").asText()).isEqualTo(TODAY.minusDays(83).toString());
        assertThat(view.path("to").asText()).isEqualTo(TODAY.toString());
        assertThat(view.path("total_minutes").asInt()).isEqualTo(60);
        assertThat(view.path("average_session_minutes").decimalValue()).isEqualByComparingTo("30.0");
        assertThat(view.path("current_streak_days").asInt()).isEqualTo(1);
        assertThat(view.path("minutes_per_week").size()).isBetween(12, 13);
        JsonNode empty = analytics(user, "from=2020-01-01&to=2020-01-01");
        assertThat(empty.path("sessions").asInt()).isZero();
        assertThat(empty.path("average_session_minutes").isNull()).isTrue();
        assertThat(empty.path("minutes_per_week").findValuesAsText("minutes")).containsExactly("0");
        assertThat(empty.path("minutes_per_platform")).isEmpty();
        assertThat(fieldOf(api().get("/api/learning/analytics?from=2025-02-01&to=2025-01-01", user.accessToken())))
                .isEqualTo("from");
        assertThat(fieldOf(api().get("/api/learning/analytics?from=2020-01-01&to=2025-01-01", user.accessToken())))
                .isEqualTo("to");
        assertThat(api().get("/api/learning/analytics?to=someday", user.accessToken()).status()).isEqualTo(400);
    }

    private JsonNode analytics(TestUser user, String query) {
        Api.Response response = api().get("/api/learning/analytics?" + query, user.accessToken());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private List<String> minutes(TestUser user, String query) {
        Api.Response response = api().get("/api/learning/sessions?size=100&" + query, user.accessToken());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().path("items").findValuesAsText("duration_minutes");
    }

    private Api.Response create(TestUser user, String body) {
        return api().post("/api/learning/sessions", user.accessToken(), body);
    }

    private Api.Response change(TestUser user, String id, String body) {
        return api().put("/api/learning/sessions/" + id, user.accessToken(), body);
    }

    private String log(TestUser user, String course, String platform, int minutes, Integer progress,
                       LocalDate date) {
        Api.Response response = create(user, """
                {"course_name":"%s","platform":%s,"duration_minutes":%d,"progress_percentage":%s,
                 "session_date":"%s"}""".formatted(course, platform == null ? "null" : "\"" + platform + "\"",
                minutes, progress, date));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asText();
    }

    private static String fieldOf(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        return response.json().path("errors").get(0).path("field").asText();
    }
}
