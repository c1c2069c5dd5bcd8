package com.lifeos.app.time;

import java.util.List;

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

import static org.assertj.core.api.Assertions.assertThat;

class TimeApiTest extends ApiTestSupport {

    private static final String ENTRIES = "/api/time/entries";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void createReadChangeAndDeleteAnEntry() {
        TestUser user = newUser();
        Api.Response created = create(user, """
                {"activity":"Writing the report","category":"work","start_time":"2025-05-05T09:00:00+02:00",
                 "end_time":"2025-05-05T10:30:00+02:00","productivity_score":8}""");

        JsonNode entry = created.json();
        String id = entry.path("id").asText();
        assertThat(created.header("Location")).isEqualTo(ENTRIES + "/" + id);
        assertThat(entry.path("activity").asText()).isEqualTo("Writing the report");
        assertThat(entry.path("start_time").asText()).isEqualTo("2025-05-05T07:00:00Z");
        assertThat(entry.path("end_time").asText()).isEqualTo("2025-05-05T08:30:00Z");
        assertThat(entry.path("duration_minutes").asInt()).isEqualTo(90);
        assertThat(entry.path("productivity_score").asInt()).isEqualTo(8);
        assertThat(entry.path("date").asText()).isEqualTo("2025-05-05");
        assertThat(entry.path("overlaps_with").isEmpty()).isTrue();
        assertThat(entry.has("created_at")).isTrue();
        assertThat(api().get(ENTRIES + "/" + id, user.accessToken()).json()).isEqualTo(entry);

        JsonNode moved = change(user, id, "{\"end_time\":\"2025-05-05T11:00:00+02:00\",\"productivity_score\":6}");
        assertThat(moved.path("duration_minutes").asInt()).isEqualTo(120);
        assertThat(moved.path("productivity_score").asInt()).isEqualTo(6);
        assertThat(moved.path("category").asText()).isEqualTo("work");

        Api.Response durationAlone = api().put(ENTRIES + "/" + id, user.accessToken(), "{\"duration_minutes\":30}");
        assertThat(durationAlone.status()).isEqualTo(400);
        assertThat(fields(durationAlone)).containsExactly("duration_minutes");

        JsonNode cleared = change(user, id, "{\"clear_times\":true}");
        assertThat(cleared.path("start_time").isNull()).isTrue();
        assertThat(cleared.path("end_time").isNull()).isTrue();
        assertThat(cleared.path("duration_minutes").asInt()).isEqualTo(120);
        assertThat(cleared.path("date").asText()).isEqualTo("2025-05-05");

        JsonNode shortened = change(user, id, "{\"duration_minutes\":45,\"date\":\"2025-05-04\",\"activity\":\"Report\"}");
        assertThat(shortened.path("duration_minutes").asInt()).isEqualTo(45);
        assertThat(shortened.path("date").asText()).isEqualTo("2025-05-04");
        assertThat(shortened.path("activity").asText()).isEqualTo("Report");

        assertThat(api().delete(ENTRIES + "/" + id, user.accessToken()).status()).isEqualTo(204);
        assertThat(api().get(ENTRIES + "/" + id, user.accessToken()).status()).isEqualTo(404);
        assertThat(api().put(ENTRIES + "/" + id, user.accessToken(), "{\"activity\":\"x\"}").status()).isEqualTo(404);
        assertThat(api().get(ENTRIES, user.accessToken()).json().path("total_items").asInt()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Integer.class, id)).isEqualTo(5);
    }

    @Test
    void aDurationAloneBelongsToTodayUnlessDated() {
        TestUser user = newUser();

        JsonNode today = create(user, "{\"activity\":\"Reading\",\"duration_minutes\":40}").json();
        JsonNode dated = create(user, "{\"activity\":\"Reading\",\"duration_minutes\":20,\"date\":\"2025-02-28\"}")
                .json();

        assertThat(today.path("date").asText()).isEqualTo(TestClock.today().toString());
        assertThat(today.path("start_time").isNull()).isTrue();
        assertThat(today.path("duration_minutes").asInt()).isEqualTo(40);
        assertThat(dated.path("date").asText()).isEqualTo("2025-02-28");
    }

    @Test
    void theDateOfAnEntryIsTheLocalDateOfItsStartInTheUsersZone() {
        TestUser tokyo = newUser("Asia/Tokyo");

        JsonNode lateEvening = create(tokyo, """
                {"activity":"Late call","start_time":"2025-03-09T14:30:00Z","end_time":"2025-03-09T15:10:00Z",
                 "duration_minutes":40}""").json();
        JsonNode afterMidnight = create(tokyo, """
                {"activity":"Night owl","start_time":"2025-03-09T15:10:00Z","end_time":"2025-03-09T15:40:59Z"}""")
                .json();

        assertThat(lateEvening.path("date").asText()).isEqualTo("2025-03-09");
        assertThat(afterMidnight.path("date").asText()).isEqualTo("2025-03-10");
        assertThat(afterMidnight.path("duration_minutes").asInt()).as("whole minutes, rounded down").isEqualTo(30);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no activity                    | activity           | {"duration_minutes":30}
            blank activity                 | activity           | {"activity":"  ","duration_minutes":30}
            no timing at all               | duration_minutes   | {"activity":"x"}
            start without end              | end_time           | {"activity":"x","start_time":"2025-05-05T09:00:00Z"}
            end without start              | start_time         | {"activity":"x","end_time":"2025-05-05T09:00:00Z"}
            end before start               | end_time           | {"activity":"x","start_time":"2025-05-05T09:00:00Z","end_time":"2025-05-05T08:00:00Z"}
            end equal to start             | end_time           | {"activity":"x","start_time":"2025-05-05T09:00:00Z","end_time":"2025-05-05T09:00:00Z"}
            less than a minute             | end_time           | {"activity":"x","start_time":"2025-05-05T09:00:00Z","end_time":"2025-05-05T09:00:59Z"}
            more than 24 hours             | end_time           | {"activity":"x","start_time":"2025-05-05T09:00:00Z","end_time":"2025-05-06T09:01:00Z"}
            duration disagrees with times  | duration_minutes   | {"activity":"x","start_time":"2025-05-05T09:00:00Z","end_time":"2025-05-05T10:30:00Z","duration_minutes":60}
            zero minutes                   | duration_minutes   | {"activity":"x","duration_minutes":0}
            more than a day of minutes     | duration_minutes   | {"activity":"x","duration_minutes":1441}
            score below one                | productivity_score | {"activity":"x","duration_minutes":30,"productivity_score":0}
            score above ten                | productivity_score | {"activity":"x","duration_minutes":30,"productivity_score":11}
            start in the future            | start_time         | {"activity":"x","start_time":"2199-01-01T09:00:00Z","end_time":"2199-01-01T10:00:00Z"}
            date in the future             | date               | {"activity":"x","duration_minutes":30,"date":"2999-01-01"}
            date other than the start's    | date               | {"activity":"x","start_time":"2025-05-05T09:00:00Z","end_time":"2025-05-05T10:00:00Z","date":"2025-05-06"}
            time without an offset         | start_time         | {"activity":"x","start_time":"2025-05-05T09:00:00","end_time":"2025-05-05T10:00:00Z"}
            category too long              | category           | {"activity":"x","duration_minutes":30,"category":"123456789012345678901234567890123456789012345678901"}
            """)
    void rejectsAnInvalidEntryNamingTheFieldAndRecordsNothing(String name, String field, String body) {
        TestUser user = newUser();

        Api.Response response = api().post(ENTRIES, user.accessToken(), body);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(fields(response)).containsExactly(field);
        assertThat(api().get(ENTRIES, user.accessToken()).json().path("total_items").asInt()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            only a duration on an entry with times | duration_minutes | {"duration_minutes":30}
            clear_times with a start               | clear_times      | {"clear_times":true,"start_time":"2025-05-05T08:00:00Z"}
            an end before the start                | end_time         | {"end_time":"2025-05-05T08:00:00Z"}
            a duration disagreeing with new times  | duration_minutes | {"end_time":"2025-05-05T11:00:00Z","duration_minutes":60}
            a date other than the start's          | date             | {"date":"2025-05-04"}
            a blank activity                       | activity         | {"activity":" "}
            a score above ten                      | productivity_score | {"productivity_score":11}
            """)
    void rejectsAnInvalidChangeNamingTheFieldAndChangesNothing(String name, String field, String body) {
        TestUser user = newUser();
        JsonNode entry = create(user, """
                {"activity":"Focus","start_time":"2025-05-05T09:00:00Z","end_time":"2025-05-05T10:00:00Z"}""").json();
        String id = entry.path("id").asText();

        Api.Response response = api().put(ENTRIES + "/" + id, user.accessToken(), body);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(fields(response)).containsExactly(field);
        assertThat(api().get(ENTRIES + "/" + id, user.accessToken()).json()).isEqualTo(entry);
    }

    @Test
    void overlappingEntriesAreAllowedAndReported() {
        TestUser user = newUser();
        String first = create(user, """
                {"activity":"Meeting","start_time":"2025-06-02T09:00:00Z","end_time":"2025-06-02T10:30:00Z"}""")
                .json().path("id").asText();
        JsonNode second = create(user, """
                {"activity":"Email","start_time":"2025-06-02T10:00:00Z","end_time":"2025-06-02T11:00:00Z"}""").json();
        JsonNode touching = create(user, """
                {"activity":"Lunch","start_time":"2025-06-02T11:00:00Z","end_time":"2025-06-02T12:00:00Z"}""").json();
        String secondId = second.path("id").asText();

        assertThat(second.path("overlaps_with").toString()).isEqualTo("[\"" + first + "\"]");
        assertThat(api().get(ENTRIES + "/" + first, user.accessToken()).json().path("overlaps_with").toString())
                .isEqualTo("[\"" + secondId + "\"]");
        assertThat(touching.path("overlaps_with").isEmpty()).isTrue();

        JsonNode overlaps = api().get("/api/time/analytics?from=2025-06-02&to=2025-06-02", user.accessToken()).json()
                .path("overlaps");
        assertThat(overlaps).hasSize(1);
        assertThat(overlaps.get(0).path("first_id").asText()).isEqualTo(first);
        assertThat(overlaps.get(0).path("second_id").asText()).isEqualTo(secondId);
        assertThat(overlaps.get(0).path("start").asText()).isEqualTo("2025-06-02T10:00:00Z");
        assertThat(overlaps.get(0).path("end").asText()).isEqualTo("2025-06-02T10:30:00Z");
        assertThat(overlaps.get(0).path("minutes").asInt()).isEqualTo(30);
    }

    @Test
    void listsTheLatestFirstFilteredByDatesAndCategoryOnePageAtATime() {
        TestUser user = newUser();
        create(user, "{\"activity\":\"a\",\"category\":\"work\",\"duration_minutes\":10,\"date\":\"2025-01-31\"}");
        create(user, "{\"activity\":\"b\",\"category\":\"sport\",\"duration_minutes\":20,\"date\":\"2025-02-01\"}");
        create(user, "{\"activity\":\"c\",\"category\":\"work\",\"duration_minutes\":30,\"date\":\"2025-02-02\"}");
        create(user, "{\"activity\":\"d\",\"duration_minutes\":40,\"date\":\"2025-02-03\"}");

        assertThat(activities(user, "")).containsExactly("d", "c", "b", "a");
        assertThat(activities(user, "?from=2025-02-01&to=2025-02-02")).containsExactly("c", "b");
        assertThat(activities(user, "?category=work")).containsExactly("c", "a");
        assertThat(activities(user, "?from=2025-02-01&category=work")).containsExactly("c");

        JsonNode page = api().get(ENTRIES + "?page=1&size=3", user.accessToken()).json();
        assertThat(page.path("items")).hasSize(1);
        assertThat(page.path("page").asInt()).isEqualTo(1);
        assertThat(page.path("size").asInt()).isEqualTo(3);
        assertThat(page.path("total_items").asInt()).isEqualTo(4);
        assertThat(page.path("total_pages").asInt()).isEqualTo(2);

        assertThat(fields(api().get(ENTRIES + "?from=2025-02-03&to=2025-02-01", user.accessToken())))
                .containsExactly("from");
        assertThat(fields(api().get(ENTRIES + "?size=101", user.accessToken()))).containsExactly("size");
        assertThat(fields(api().get(ENTRIES + "?from=yesterday", user.accessToken()))).containsExactly("from");
    }

    @Test
    void anotherUserCanNeitherSeeNorChangeAnEntry() {
        TestUser owner = newUser();
        TestUser stranger = newUser();
        JsonNode entry = create(owner, """
                {"activity":"Private","category":"work","start_time":"2025-06-02T09:00:00Z",
                 "end_time":"2025-06-02T10:00:00Z","productivity_score":5}""").json();
        String id = entry.path("id").asText();
        create(stranger, """
                {"activity":"Mine","start_time":"2025-06-02T09:30:00Z","end_time":"2025-06-02T10:30:00Z"}""");

        assertThat(api().get(ENTRIES + "/" + id, stranger.accessToken()).status()).isEqualTo(404);
        assertThat(api().put(ENTRIES + "/" + id, stranger.accessToken(), "{\"duration_minutes\":30}").status())
                .isEqualTo(404);
        assertThat(api().delete(ENTRIES + "/" + id, stranger.accessToken()).status()).isEqualTo(404);
        assertThat(activities(stranger, "")).containsExactly("Mine");
        JsonNode strangersAnalytics = api().get("/api/time/analytics?from=2025-06-02&to=2025-06-02",
                stranger.accessToken()).json();
        assertThat(strangersAnalytics.path("total_minutes").asInt()).isEqualTo(60);
        assertThat(strangersAnalytics.path("overlaps")).isEmpty();
        assertThat(api().get("/api/time/productivity?from=2025-06-02&to=2025-06-02", stranger.accessToken()).json()
                .path("most_productive_hour").isNull()).isTrue();
        assertThat(api().get(ENTRIES + "/" + id, owner.accessToken()).json()).isEqualTo(entry);
    }

    @Test
    void analyticsSplitTheMinutesOverTheUsersLocalDaysAndCategories() {
        TestUser tokyo = newUser("Asia/Tokyo");
        create(tokyo, """
                {"activity":"Deep work","category":"work","start_time":"2025-03-09T23:00:00+09:00",
                 "end_time":"2025-03-10T01:00:00+09:00","productivity_score":8}""");
        create(tokyo, """
                {"activity":"Gym","category":"sport","start_time":"2025-03-10T07:00:00+09:00",
                 "end_time":"2025-03-10T08:00:00+09:00","productivity_score":6}""");
        create(tokyo, "{\"activity\":\"Reading\",\"duration_minutes\":30,\"date\":\"2025-03-10\",\"productivity_score\":4}");
        create(tokyo, "{\"activity\":\"Later\",\"duration_minutes\":100,\"date\":\"2025-03-12\"}");

        JsonNode analytics = api().get("/api/time/analytics?from=2025-03-09&to=2025-03-11", tokyo.accessToken()).json();

        assertThat(analytics.path("from").asText()).isEqualTo("2025-03-09");
        assertThat(analytics.path("to").asText()).isEqualTo("2025-03-11");
        assertThat(analytics.path("total_minutes").asInt()).isEqualTo(210);
        assertThat(analytics.path("by_category").toString()).isEqualTo("["
                + "{\"category\":\"work\",\"minutes\":120,\"share\":57.1},"
                + "{\"category\":\"sport\",\"minutes\":60,\"share\":28.6},"
                + "{\"category\":\"uncategorized\",\"minutes\":30,\"share\":14.3}]");
        assertThat(analytics.path("by_day").toString()).isEqualTo("["
                + "{\"date\":\"2025-03-09\",\"minutes\":60},"
                + "{\"date\":\"2025-03-10\",\"minutes\":150},"
                + "{\"date\":\"2025-03-11\",\"minutes\":0}]");

        JsonNode productivity = api().get("/api/time/productivity?from=2025-03-09&to=2025-03-11",
                tokyo.accessToken()).json();
        assertThat(scoredHours(productivity)).containsExactly("0:60@8.0", "7:60@6.0", "23:60@8.0");
        assertThat(productivity.path("most_productive_hour").asInt()).isZero();
        assertThat(productivity.path("least_productive_hour").asInt()).isEqualTo(7);
        // Sunday 9 March: 60 minutes at 8; Monday 10 March: 60 at 8, 60 at 6, 30 at 4 = 960 / 150
        assertThat(productivity.path("by_weekday").get(6).toString())
                .isEqualTo("{\"weekday\":\"sunday\",\"minutes\":60,\"average_score\":8.0}");
        assertThat(productivity.path("by_weekday").get(0).toString())
                .isEqualTo("{\"weekday\":\"monday\",\"minutes\":150,\"average_score\":6.4}");
    }

    @Test
    void aDayThatFallsBackHasTwentyFiveHoursAndHourTwoTwice() {
        TestUser berlin = newUser("Europe/Berlin");
        create(berlin, """
                {"activity":"Long shift","start_time":"2025-10-26T00:00:00+02:00","end_time":"2025-10-26T23:00:00+01:00",
                 "productivity_score":5}""");

        JsonNode analytics = api().get("/api/time/analytics?from=2025-10-26&to=2025-10-27", berlin.accessToken()).json();
        JsonNode productivity = api().get("/api/time/productivity?from=2025-10-26&to=2025-10-26",
                berlin.accessToken()).json();

        assertThat(analytics.path("by_day").get(0).path("minutes").asInt()).isEqualTo(1440);
        assertThat(analytics.path("by_day").get(1).path("minutes").asInt()).isZero();
        assertThat(productivity.path("by_hour").get(2).path("minutes").asInt()).isEqualTo(120);
        assertThat(productivity.path("by_hour").get(23).path("minutes").asInt()).isZero();
    }

    @Test
    void analyticsRangesDefaultToThirtyDaysAndRejectBadBounds() {
        TestUser user = newUser();

        JsonNode empty = api().get("/api/time/analytics", user.accessToken()).json();
        assertThat(empty.path("by_day")).hasSize(30);
        assertThat(empty.path("to").asText()).isEqualTo(TestClock.today().toString());
        assertThat(empty.path("total_minutes").asInt()).isZero();
        assertThat(empty.path("by_category")).isEmpty();
        JsonNode noScores = api().get("/api/time/productivity", user.accessToken()).json();
        assertThat(noScores.path("by_hour")).hasSize(24);
        assertThat(noScores.path("by_weekday")).hasSize(7);
        assertThat(noScores.path("least_productive_hour").isNull()).isTrue();

        for (String path : List.of("/api/time/analytics", "/api/time/productivity")) {
            assertThat(fields(api().get(path + "?from=2025-03-02&to=2025-03-01", user.accessToken())))
                    .containsExactly("from");
            assertThat(fields(api().get(path + "?from=2020-01-01&to=2025-03-01", user.accessToken())))
                    .containsExactly("to");
        }
    }

    private Api.Response create(TestUser user, String body) {
        Api.Response response = api().post(ENTRIES, user.accessToken(), body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response;
    }

    private JsonNode change(TestUser user, String id, String body) {
        Api.Response response = api().put(ENTRIES + "/" + id, user.accessToken(), body);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private List<String> activities(TestUser user, String query) {
        return api().get(ENTRIES + query, user.accessToken()).json().path("items").valueStream()
                .map(item -> item.path("activity").asText()).toList();
    }

    private static List<String> scoredHours(JsonNode productivity) {
        return productivity.path("by_hour").valueStream()
                .filter(hour -> !hour.path("average_score").isNull())
                .map(hour -> hour.path("hour").asInt() + ":" + hour.path("minutes").asInt() + "@"
                        + hour.path("average_score").asDouble())
                .toList();
    }

    private static List<String> fields(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        return response.json().path("errors").findValuesAsText("field");
    }
}
