package com.lifeos.app.habit;

import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import com.lifeos.app.support.Api;
import com.lifeos.app.support.ApiTestSupport;
import com.lifeos.app.support.TestUser;
import com.lifeos.app.support.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class HabitApiTest extends ApiTestSupport {

    private static final LocalDate TODAY = TestClock.today();

    @Test
    void createsHabitsOfAllThreeFrequencies() {
        TestUser user = newUser();
        Api.Response daily = createHabit(user, """
                {"title":"Read 20 pages","category":"learning","frequency":"daily","reminder_time":"07:30"}""");
        Api.Response weekly = createHabit(user, """
                {"title":"Run","frequency":"weekly","target_per_week":3}""");
        Api.Response weekdays = createHabit(user, """
                {"title":"Standup notes","frequency":"weekdays","days_of_week":["MON","wed","Friday"]}""");

        assertThat(daily.status()).isEqualTo(201);
        assertThat(daily.header("Location")).isEqualTo("/api/habits/" + daily.json().path("id").asText());
        assertThat(daily.json().path("title").asText()).isEqualTo("Read 20 pages");
        assertThat(daily.json().path("reminder_time").asText()).isEqualTo("07:30:00");
        assertThat(daily.json().path("is_active").asBoolean()).isTrue();
        assertThat(daily.json().path("streak_count").asInt()).isZero();
        assertThat(daily.json().has("created_at")).isTrue();
        assertThat(weekly.json().path("target_per_week").asInt()).isEqualTo(3);
        assertThat(weekdays.json().path("days_of_week").toString()).isEqualTo("[\"monday\",\"wednesday\",\"friday\"]");

        JsonNode list = api().get("/api/habits?size=2", user.accessToken()).json();
        assertThat(list.path("items")).hasSize(2);
        assertThat(list.path("total_items").asInt()).isEqualTo(3);
        assertThat(list.path("total_pages").asInt()).isEqualTo(2);
        assertThat(list.path("page").asInt()).isZero();
        assertThat(list.path("size").asInt()).isEqualTo(2);
        assertThat(api().get("/api/habits?category=learning", user.accessToken()).json().path("items")).hasSize(1);
    }

    @Test
    void repeatingACreateWithTheSameIdIsHarmless() {
        TestUser user = newUser();
        String body = """
                {"id":"3f1c2a8e-1111-4c3b-9a55-0d0e5a1b2c3d","title":"Meditate","frequency":"daily"}""";
        Api.Response first = createHabit(user, body);
        Api.Response again = createHabit(user, body);

        assertThat(first.status()).isIn(201, 200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("id").asText()).isEqualTo("3f1c2a8e-1111-4c3b-9a55-0d0e5a1b2c3d");
        assertThat(createHabit(newUser(), body).status()).isEqualTo(409);
    }

    @Test
    void putChangesOnlyTheFieldsPresent() {
        TestUser user = newUser();
        String id = createHabit(user, """
                {"title":"Walk","description":"after lunch","frequency":"daily"}""").json().path("id").asText();

        Api.Response changed = api().put("/api/habits/" + id, user.accessToken(), """
                {"title":"Walk 30 minutes","is_active":false}""");

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().path("title").asText()).isEqualTo("Walk 30 minutes");
        assertThat(changed.json().path("description").asText()).isEqualTo("after lunch");
        assertThat(changed.json().path("is_active").asBoolean()).isFalse();
        assertThat(api().get("/api/habits?is_active=false", user.accessToken()).json().path("total_items").asInt())
                .isEqualTo(1);
    }

    @Test
    void checkInTodayBackfillAndUndoKeepStreaksRight() {
        TestUser user = newUser();
        String id = createHabit(user, """
                {"title":"Stretch","frequency":"daily"}""").json().path("id").asText();

        Api.Response today = checkIn(user, id, "{\"notes\":\"felt good\"}");
        assertThat(today.status()).isEqualTo(201);
        assertThat(today.json().path("date").asText()).isEqualTo(TODAY.toString());
        assertThat(today.json().path("notes").asText()).isEqualTo("felt good");
        assertThat(today.json().path("habit_id").asText()).isEqualTo(id);
        assertThat(today.header("Location")).endsWith("/checkin/" + today.json().path("id").asText());
        assertThat(streakOf(user, id).path("current_streak").asInt()).isEqualTo(1);

        checkIn(user, id, "{\"date\":\"%s\"}".formatted(TODAY.minusDays(2)));
        assertThat(streakOf(user, id).path("current_streak").asInt()).isEqualTo(1);
        String yesterday = checkIn(user, id, "{\"date\":\"%s\"}".formatted(TODAY.minusDays(1))).json().path("id").asText();
        JsonNode joined = streakOf(user, id);
        assertThat(joined.path("current_streak").asInt()).isEqualTo(3);
        assertThat(joined.path("longest_streak").asInt()).isEqualTo(3);
        assertThat(joined.path("streak_unit").asText()).isEqualTo("days");
        assertThat(joined.path("last_checkin_date").asText()).isEqualTo(TODAY.toString());

        assertThat(api().delete("/api/habits/" + id + "/checkin/" + yesterday, user.accessToken()).status())
                .isEqualTo(204);
        JsonNode split = streakOf(user, id);
        assertThat(split.path("current_streak").asInt()).isEqualTo(1);
        assertThat(split.path("longest_streak").asInt()).isEqualTo(1);
        assertThat(api().get("/api/habits/" + id, user.accessToken()).json().path("streak_count").asInt()).isEqualTo(1);
    }

    @Test
    void secondCheckInOnTheSameDateIsAConflictAndFutureDatesAreRejected() {
        TestUser user = newUser();
        String id = createHabit(user, "{\"title\":\"Floss\",\"frequency\":\"daily\"}").json().path("id").asText();

        assertThat(checkIn(user, id, "{}").status()).isEqualTo(201);
        Api.Response twice = checkIn(user, id, "{}");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.contentType()).contains("application/problem+json");
        Api.Response future = checkIn(user, id, "{\"date\":\"%s\"}".formatted(TODAY.plusDays(2)));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().path("errors").get(0).path("field").asText()).isEqualTo("date");
    }

    @Test
    void weeklyHabitStreaksCountWeeks() {
        TestUser user = newUser();
        String id = createHabit(user, """
                {"title":"Swim","frequency":"weekly","target_per_week":1}""").json().path("id").asText();
        checkIn(user, id, "{\"date\":\"%s\"}".formatted(TODAY.minusWeeks(1)));
        checkIn(user, id, "{\"date\":\"%s\"}".formatted(TODAY.minusWeeks(2)));

        JsonNode streak = streakOf(user, id);
        assertThat(streak.path("streak_unit").asText()).isEqualTo("weeks");
        assertThat(streak.path("current_streak").asInt()).isEqualTo(2);
    }

    @Test
    void analyticsReportsCompletionSeriesAndWeekdays() {
        TestUser user = newUser();
        String id = createHabit(user, "{\"title\":\"Journal\",\"frequency\":\"daily\"}").json().path("id").asText();
        checkIn(user, id, "{}");
        checkIn(user, id, "{\"date\":\"%s\"}".formatted(TODAY.minusDays(1)));

        Api.Response response = api().get("/api/habits/analytics?from=%s&to=%s".formatted(TODAY.minusDays(6), TODAY),
                user.accessToken());

        assertThat(response.status()).isEqualTo(200);
        JsonNode overall = response.json().path("overall");
        assertThat(overall.path("total_checkins").asInt()).isEqualTo(2);
        assertThat(overall.path("checkins_per_day")).hasSize(7);
        assertThat(overall.path("checkins_by_weekday").path(TODAY.getDayOfWeek().name().toLowerCase(java.util.Locale.ROOT)).asInt()).isEqualTo(1);
        JsonNode habit = response.json().path("habits").get(0);
        assertThat(habit.path("habit_id").asText()).isEqualTo(id);
        assertThat(habit.path("met_periods").asInt()).isEqualTo(2);
        assertThat(habit.path("due_periods").asInt()).isEqualTo(2);
        assertThat(habit.path("completion_rate").decimalValue()).isEqualByComparingTo("1");
    }

    @Test
    void anotherUsersHabitIsNotFoundWhateverTheVerb() {
        TestUser owner = newUser();
        TestUser stranger = newUser();
        String id = createHabit(owner, "{\"title\":\"Mine\",\"frequency\":\"daily\"}").json().path("id").asText();
        String checkInId = checkIn(owner, id, "{}").json().path("id").asText();

        assertThat(api().get("/api/habits/" + id, stranger.accessToken()).status()).isEqualTo(404);
        assertThat(api().put("/api/habits/" + id, stranger.accessToken(), "{\"title\":\"Stolen\"}").status())
                .isEqualTo(404);
        assertThat(checkIn(stranger, id, "{}").status()).isEqualTo(404);
        assertThat(api().delete("/api/habits/" + id + "/checkin/" + checkInId, stranger.accessToken()).status())
                .isEqualTo(404);
        assertThat(api().delete("/api/habits/" + id, stranger.accessToken()).status()).isEqualTo(404);
        assertThat(api().get("/api/habits", stranger.accessToken()).json().path("total_items").asInt()).isZero();
        assertThat(api().get("/api/habits/" + id, owner.accessToken()).json().path("title").asText()).isEqualTo("Mine");
    }

    @Test
    void deletedHabitIsGoneButItsHistoryStays() {
        TestUser user = newUser();
        String id = createHabit(user, "{\"title\":\"Temporary\",\"frequency\":\"daily\"}").json().path("id").asText();

        assertThat(api().delete("/api/habits/" + id, user.accessToken()).status()).isEqualTo(204);
        assertThat(api().get("/api/habits/" + id, user.accessToken()).status()).isEqualTo(404);
        assertThat(api().get("/api/audit/entities/" + id + "/history", user.accessToken()).json().path("items"))
                .hasSize(2);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "empty title              | {\"title\":\"\",\"frequency\":\"daily\"}                        | title",
            "missing frequency        | {\"title\":\"x\"}                                               | frequency",
            "unknown frequency        | {\"title\":\"x\",\"frequency\":\"hourly\"}                      | frequency",
            "target out of range      | {\"title\":\"x\",\"frequency\":\"weekly\",\"target_per_week\":8} | target_per_week",
            "target of wrong type     | {\"title\":\"x\",\"frequency\":\"weekly\",\"target_per_week\":\"three\"} | target_per_week",
            "bad day name             | {\"title\":\"x\",\"frequency\":\"weekdays\",\"days_of_week\":[\"XYZ\"]} | days_of_week[0]",
            "malformed reminder time  | {\"title\":\"x\",\"frequency\":\"daily\",\"reminder_time\":\"25:99\"} | reminder_time",
            "malformed JSON           | {\"title\":                                                       | body",
    })
    void invalidHabitsAreRejectedWithTheFieldNamed(String why, String body, String field) {
        TestUser user = newUser();
        Api.Response response = createHabit(user, body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).contains("application/problem+json");
        assertThat(response.json().path("errors").findValuesAsText("field")).contains(field);
        assertThat(api().get("/api/habits", user.accessToken()).json().path("total_items").asInt()).isZero();
    }

    @Test
    void overLongTextsAreRejected() {
        TestUser user = newUser();
        assertThat(createHabit(user, "{\"title\":\"%s\",\"frequency\":\"daily\"}".formatted("t".repeat(256)))
                .json().path("errors").findValuesAsText("field")).contains("title");
        assertThat(createHabit(user, "{\"title\":\"ok\",\"description\":\"%s\",\"frequency\":\"daily\"}"
                .formatted("d".repeat(1001))).json().path("errors").findValuesAsText("field")).contains("description");
        assertThat(createHabit(user, "{\"title\":\"ok\",\"frequency\":\"weekdays\"}").status()).isEqualTo(400);
    }

    @Test
    void malformedIdsAndDatesAreBadRequests() {
        TestUser user = newUser();
        String id = createHabit(user, "{\"title\":\"x\",\"frequency\":\"daily\"}").json().path("id").asText();

        assertThat(api().get("/api/habits/not-a-uuid", user.accessToken()).status()).isEqualTo(400);
        assertThat(checkIn(user, id, "{\"date\":\"2026-13-45\"}").status()).isEqualTo(400);
        assertThat(api().get("/api/habits/analytics?from=yesterday", user.accessToken()).status()).isEqualTo(400);
        assertThat(api().get("/api/habits?size=101", user.accessToken()).status()).isEqualTo(400);
        assertThat(api().get("/api/habits/" + java.util.UUID.randomUUID(), user.accessToken()).status()).isEqualTo(404);
    }

    @Test
    void requestsWithoutAValidTokenAreUnauthorized() {
        assertThat(api().get("/api/habits", null).status()).isEqualTo(401);
        assertThat(api().get("/api/habits", "garbage").status()).isEqualTo(401);
    }

    private Api.Response createHabit(TestUser user, String body) {
        return api().post("/api/habits", user.accessToken(), body);
    }

    private Api.Response checkIn(TestUser user, String habitId, String body) {
        return api().post("/api/habits/" + habitId + "/checkin", user.accessToken(), body);
    }

    private JsonNode streakOf(TestUser user, String habitId) {
        for (JsonNode item : api().get("/api/habits/streaks", user.accessToken()).json().path("items")) {
            if (item.path("habit_id").asText().equals(habitId)) {
                return item;
            }
        }
        throw new AssertionError("no streak for " + habitId);
    }
}
