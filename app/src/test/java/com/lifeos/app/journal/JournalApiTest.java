package com.lifeos.app.journal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.lifeos.app.support.Api;
import com.lifeos.app.support.ApiTestSupport;
import com.lifeos.app.support.TestUser;
import com.lifeos.app.support.TestClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JournalApiTest extends ApiTestSupport {

    private static final LocalDate TODAY = TestClock.today();

    @Test
    void writeReadChangeAndDeleteAnEntry() {
        TestUser user = newUser();
        Api.Response created = write(user, """
                {"content":"Long day at work, dinner with Mum.","mood":"good","tags":[" Work ","work","Family"]}""");

        assertThat(created.status()).isEqualTo(201);
        JsonNode entry = created.json();
        String id = entry.path("id").asText();
        assertThat(created.header("Location")).isEqualTo("/api/journal/entries/" + id);
        assertThat(entry.path("content").asText()).isEqualTo("Long day at work, dinner with Mum.");
        assertThat(entry.path("entry_date").asText()).isEqualTo(TODAY.toString());
        assertThat(entry.path("mood").asText()).isEqualTo("good");
        assertThat(texts(entry.path("tags"))).containsExactly("Work", "Family");
        assertThat(entry.path("is_private").asBoolean()).isTrue();
        assertThat(entry.path("created_at").asText()).isNotBlank();
        assertThat(api().get("/api/journal/entries/" + id, user.accessToken()).json()).isEqualTo(entry);

        Api.Response changed = api().put("/api/journal/entries/" + id, user.accessToken(), """
                {"mood":"great","is_private":false,"entry_date":"%s"}""".formatted(TODAY.minusDays(1)));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().path("mood").asText()).isEqualTo("great");
        assertThat(changed.json().path("is_private").asBoolean()).isFalse();
        assertThat(changed.json().path("entry_date").asText()).isEqualTo(TODAY.minusDays(1).toString());
        assertThat(changed.json().path("content").asText()).isEqualTo("Long day at work, dinner with Mum.");
        assertThat(texts(changed.json().path("tags"))).containsExactly("Work", "Family");

        Api.Response same = api().put("/api/journal/entries/" + id, user.accessToken(), """
                {"content":"Long day at work, dinner with Mum.","mood":"great"}""");
        assertThat(same.json()).isEqualTo(changed.json());
        Api.Response rewritten = api().put("/api/journal/entries/" + id, user.accessToken(), """
                {"content":"Rewritten.","tags":[]}""");
        assertThat(rewritten.json().path("content").asText()).isEqualTo("Rewritten.");
        assertThat(rewritten.json().path("tags")).isEmpty();

        assertThat(api().delete("/api/journal/entries/" + id, user.accessToken()).status()).isEqualTo(204);
        assertThat(api().get("/api/journal/entries/" + id, user.accessToken()).status()).isEqualTo(404);
        assertThat(api().put("/api/journal/entries/" + id, user.accessToken(), "{\"mood\":\"bad\"}").status())
                .isEqualTo(404);
        assertThat(api().get("/api/journal/entries", user.accessToken()).json().path("total_items").asInt()).isZero();
        JsonNode history = api().get("/api/audit/entities/" + id + "/history", user.accessToken()).json();
        assertThat(history.path("items").findValuesAsText("type")).containsExactly("JournalEntryWritten",
                "JournalEntryChanged", "JournalEntryChanged", "JournalEntryDeleted");
    }

    @Test
    void aRepeatedWriteWithTheSameIdIsHarmlessAndAnotherUsersIdIsTaken() {
        TestUser user = newUser();
        String id = UUID.randomUUID().toString();
        String body = "{\"id\":\"%s\",\"content\":\"Once.\"}".formatted(id);

        assertThat(write(user, body).status()).isEqualTo(201);
        Api.Response again = write(user, body);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("id").asText()).isEqualTo(id);
        assertThat(write(newUser(), body).status()).isEqualTo(409);
        assertThat(api().get("/api/journal/entries", user.accessToken()).json().path("total_items").asInt())
                .isEqualTo(1);
    }

    @Test
    void invalidInputIsA400NamingTheFieldAndChangesNothing() {
        TestUser user = newUser();
        String id = write(user, "{\"content\":\"Fine.\"}").json().path("id").asText();
        List<String> tooMany = IntStream.range(0, 21).mapToObj(i -> "\"t" + i + "\"").toList();

        assertThat(field(write(user, "{\"content\":\"   \"}"))).isEqualTo("content");
        assertThat(field(write(user, "{\"mood\":\"good\"}"))).isEqualTo("content");
        assertThat(field(write(user, "{\"content\":\"%s\"}".formatted("x".repeat(20_001))))).isEqualTo("content");
        assertThat(write(user, "{\"content\":\"%s\"}".formatted("x".repeat(20_000))).status()).isEqualTo(201);
        assertThat(field(write(user, "{\"content\":\"x\",\"mood\":\"meh\"}"))).isEqualTo("mood");
        assertThat(field(write(user, "{\"content\":\"x\",\"tags\":[%s]}".formatted(String.join(",", tooMany)))))
                .isEqualTo("tags");
        assertThat(field(write(user, "{\"content\":\"x\",\"tags\":[\"%s\"]}".formatted("t".repeat(51)))))
                .startsWith("tags");
        assertThat(field(write(user, "{\"content\":\"x\",\"tags\":[\" \"]}"))).startsWith("tags");
        assertThat(field(write(user, "{\"content\":\"x\",\"entry_date\":\"%s\"}".formatted(TODAY.plusDays(2)))))
                .isEqualTo("entry_date");
        assertThat(field(api().put("/api/journal/entries/" + id, user.accessToken(), "{\"content\":\" \"}")))
                .isEqualTo("content");
        assertThat(field(api().put("/api/journal/entries/" + id, user.accessToken(),
                "{\"entry_date\":\"%s\"}".formatted(TODAY.plusDays(1))))).isEqualTo("entry_date");
        assertThat(field(api().get("/api/journal/entries?from=2025-03-02&to=2025-03-01", user.accessToken())))
                .isEqualTo("from");
        assertThat(field(api().get("/api/journal/entries?size=101", user.accessToken()))).isEqualTo("size");
        assertThat(field(api().get("/api/journal/entries?mood=meh", user.accessToken()))).isEqualTo("mood");
        assertThat(field(api().get("/api/journal/mood-trends?bucket=year", user.accessToken()))).isEqualTo("bucket");
        assertThat(field(api().get("/api/journal/analytics?from=2025-03-02&to=2025-03-01", user.accessToken())))
                .isEqualTo("from");
        assertThat(field(api().get("/api/journal/analytics?from=2020-01-01&to=2025-01-01", user.accessToken())))
                .isEqualTo("to");

        JsonNode entry = api().get("/api/journal/entries/" + id, user.accessToken()).json();
        assertThat(entry.path("content").asText()).isEqualTo("Fine.");
        assertThat(entry.path("entry_date").asText()).isEqualTo(TODAY.toString());
        assertThat(api().get("/api/journal/entries", user.accessToken()).json().path("total_items").asInt())
                .isEqualTo(2);
    }

    @Test
    void theListFiltersByDateMoodTagAndWordsNewestFirst() {
        TestUser user = newUser();
        String march3 = write(user, entry("2025-03-03", "Climbed the north wall with Ana.", "great", "sport"))
                .json().path("id").asText();
        String march5 = write(user, entry("2025-03-05", "Budget meeting ran late.", "bad", "Work"))
                .json().path("id").asText();
        String march5Later = write(user, entry("2025-03-05", "Evening CLIMBING session.", "good", "sport", "work"))
                .json().path("id").asText();
        String march9 = write(user, entry("2025-03-09", "Quiet Sunday.", null)).json().path("id").asText();

        assertThat(ids(list(user, ""))).containsExactly(march9, march5Later, march5, march3);
        assertThat(ids(list(user, "from=2025-03-04&to=2025-03-05"))).containsExactly(march5Later, march5);
        assertThat(ids(list(user, "mood=GOOD"))).containsExactly(march5Later);
        assertThat(ids(list(user, "tag=WORK"))).containsExactly(march5Later, march5);
        assertThat(ids(list(user, "q=climb"))).containsExactly(march5Later, march3);
        assertThat(ids(list(user, "q=climb&tag=work"))).containsExactly(march5Later);
        assertThat(ids(list(user, "q=nothing-like-this"))).isEmpty();

        JsonNode paged = list(user, "q=%20CLIMB%20&size=1&page=1");
        assertThat(paged.path("total_items").asInt()).isEqualTo(2);
        assertThat(paged.path("total_pages").asInt()).isEqualTo(2);
        assertThat(ids(paged)).containsExactly(march3);
        JsonNode second = list(user, "size=3&page=1");
        assertThat(second.path("total_items").asInt()).isEqualTo(4);
        assertThat(second.path("page").asInt()).isEqualTo(1);
        assertThat(ids(second)).containsExactly(march3);
    }

    @Test
    void anotherUsersEntriesAreNotFoundAndNeverListed() {
        TestUser owner = newUser();
        TestUser other = newUser();
        String id = write(owner, entry("2025-03-03", "Mine alone.", "okay", "private")).json().path("id").asText();

        assertThat(api().get("/api/journal/entries/" + id, other.accessToken()).status()).isEqualTo(404);
        assertThat(api().get("/api/journal/entries/" + id, null).status()).isEqualTo(401);
        assertThat(api().get("/api/journal/analytics", null).status()).isEqualTo(401);
        assertThat(api().put("/api/journal/entries/" + id, other.accessToken(), "{\"content\":\"Yours now.\"}")
                .status()).isEqualTo(404);
        assertThat(api().delete("/api/journal/entries/" + id, other.accessToken()).status()).isEqualTo(404);
        assertThat(list(other, "").path("items")).isEmpty();
        assertThat(list(other, "q=mine").path("items")).isEmpty();
        JsonNode analytics = api().get("/api/journal/analytics?from=2025-03-01&to=2025-03-31", other.accessToken())
                .json();
        assertThat(analytics.path("total_entries").asInt()).isZero();
        assertThat(analytics.path("top_tags")).isEmpty();
        assertThat(api().get("/api/journal/mood-trends?from=2025-03-01&to=2025-03-31&bucket=month",
                other.accessToken()).json().path("points").get(0).path("entries").asInt()).isZero();
        assertThat(api().get("/api/journal/entries/" + id, owner.accessToken()).json().path("content").asText())
                .isEqualTo("Mine alone.");
    }

    @Test
    void moodTrendsAverageTheScoredEntriesOfEveryBucket() {
        TestUser user = newUser();
        write(user, entry("2025-03-03", "a", "great"));
        write(user, entry("2025-03-04", "b", "bad"));
        write(user, entry("2025-03-05", "c", null));
        write(user, entry("2025-03-10", "d", "okay"));
        write(user, entry("2025-03-16", "e", "awful"));

        JsonNode weeks = api().get("/api/journal/mood-trends?from=2025-03-03&to=2025-03-16&bucket=week",
                user.accessToken()).json();
        assertThat(weeks.path("from").asText()).isEqualTo("2025-03-03");
        assertThat(weeks.path("points")).hasSize(2);
        JsonNode first = weeks.path("points").get(0);
        assertThat(first.path("start").asText()).isEqualTo("2025-03-03");
        assertThat(first.path("end").asText()).isEqualTo("2025-03-09");
        assertThat(first.path("entries").asInt()).isEqualTo(3);
        assertThat(first.path("average_mood").decimalValue()).isEqualByComparingTo("3.50");
        assertThat(first.path("moods").toString())
                .isEqualTo("{\"awful\":0,\"bad\":1,\"okay\":0,\"good\":0,\"great\":1}");
        assertThat(weeks.path("points").get(1).path("average_mood").decimalValue()).isEqualByComparingTo("2.00");

        JsonNode months = api().get("/api/journal/mood-trends?from=2025-02-20&to=2025-03-31&bucket=Month",
                user.accessToken()).json();
        assertThat(months.path("points").findValuesAsText("start")).containsExactly("2025-02-20", "2025-03-01");
        assertThat(months.path("points").get(0).path("entries").asInt()).isZero();
        assertThat(months.path("points").get(0).path("average_mood").isNull()).isTrue();
        assertThat(months.path("points").get(1).path("entries").asInt()).isEqualTo(5);
        assertThat(months.path("points").get(1).path("average_mood").decimalValue()).isEqualByComparingTo("2.75");

        JsonNode days = api().get("/api/journal/mood-trends?from=2025-03-04&to=2025-03-06", user.accessToken())
                .json();
        assertThat(days.path("points").findValuesAsText("entries")).containsExactly("1", "1", "0");
        assertThat(days.path("points").get(1).path("average_mood").isNull()).isTrue();

        JsonNode lastMonth = api().get("/api/journal/mood-trends", user.accessToken()).json();
        assertThat(lastMonth.path("to").asText()).isEqualTo(TODAY.toString());
        assertThat(lastMonth.path("points")).hasSize(30);

        api().put("/api/auth/profile", user.accessToken(), "{\"week_start\":\"SUNDAY\"}");
        JsonNode sundayWeeks = api().get("/api/journal/mood-trends?from=2025-03-03&to=2025-03-16&bucket=week",
                user.accessToken()).json();
        assertThat(sundayWeeks.path("points").findValuesAsText("start"))
                .containsExactly("2025-03-03", "2025-03-09", "2025-03-16");
        assertThat(sundayWeeks.path("points").findValuesAsText("entries")).containsExactly("3", "1", "1");
    }

    @Test
    void analyticsCountWeeksStreaksTagsAndLengths() {
        TestUser user = newUser();
        int[] lengths = {10, 20, 30, 40, 50, 60, 75};
        String[] dates = {"2025-03-03", "2025-03-04", "2025-03-05", "2025-03-06", "2025-03-10", "2025-03-10",
                "2025-03-16"};
        for (int i = 0; i < dates.length; i++) {
            String tags = i < 3 ? "[\"Sport\",\"work\"]" : i < 5 ? "[\"work\"]" : "[\"art\"]";
            write(user, "{\"content\":\"%s\",\"entry_date\":\"%s\",\"tags\":%s}".formatted("x".repeat(lengths[i]),
                    dates[i], tags));
        }
        write(user, entry(TODAY.minusDays(1).toString(), "yesterday", null));
        write(user, entry(TODAY.toString(), "today", null));
        write(user, "{\"content\":\"😀😀😀\",\"entry_date\":\"2025-04-01\"}");

        JsonNode march = api().get("/api/journal/analytics?from=2025-03-03&to=2025-03-16", user.accessToken()).json();

        assertThat(march.path("total_entries").asInt()).isEqualTo(7);
        assertThat(march.path("entries_per_week").toString()).isEqualTo(
                "[{\"week_start\":\"2025-03-03\",\"entries\":4},{\"week_start\":\"2025-03-10\",\"entries\":3}]");
        assertThat(march.path("current_streak").asInt()).isEqualTo(2);
        assertThat(march.path("longest_streak").asInt()).isEqualTo(4);
        assertThat(march.path("top_tags").toString()).isEqualTo("[{\"tag\":\"work\",\"entries\":5},"
                + "{\"tag\":\"Sport\",\"entries\":3},{\"tag\":\"art\",\"entries\":2}]");
        // (10 + 20 + 30 + 40 + 50 + 60 + 75) / 7 = 40.71...
        assertThat(march.path("average_length").decimalValue()).isEqualByComparingTo("40.7");

        JsonNode emoji = api().get("/api/journal/analytics?from=2025-04-01&to=2025-04-01", user.accessToken()).json();
        assertThat(emoji.path("average_length").decimalValue()).isEqualByComparingTo("3.0");

        JsonNode recent = api().get("/api/journal/analytics", user.accessToken()).json();
        assertThat(recent.path("to").asText()).isEqualTo(TODAY.toString());
        assertThat(recent.path("from").asText()).isEqualTo(TODAY.minusDays(83).toString());
        assertThat(recent.path("total_entries").asInt()).isEqualTo(2);
        assertThat(recent.path("average_length").decimalValue()).isEqualByComparingTo("7.0");

        JsonNode empty = api().get("/api/journal/analytics?from=2024-01-01&to=2024-01-01", user.accessToken()).json();
        assertThat(empty.path("total_entries").asInt()).isZero();
        assertThat(empty.path("average_length").isNull()).isTrue();
        assertThat(empty.path("entries_per_week")).hasSize(1);
    }

    private Api.Response write(TestUser user, String body) {
        return api().post("/api/journal/entries", user.accessToken(), body);
    }

    private JsonNode list(TestUser user, String query) {
        Api.Response response = api().get("/api/journal/entries?" + query, user.accessToken());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static String entry(String date, String content, String mood, String... tags) {
        String tagList = String.join(",", Arrays.stream(tags).map(tag -> "\"" + tag + "\"").toList());
        return "{\"content\":\"%s\",\"entry_date\":\"%s\",%s\"tags\":[%s]}".formatted(content, date,
                mood == null ? "" : "\"mood\":\"" + mood + "\",", tagList);
    }

    private static List<String> ids(JsonNode page) {
        return page.path("items").findValuesAsText("id");
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static String field(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().path("errors")).as(response.body()).hasSize(1);
        return response.json().path("errors").get(0).path("field").asText();
    }
}
