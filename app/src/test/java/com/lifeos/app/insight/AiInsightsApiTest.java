package com.lifeos.app.insight;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.lifeos.app.support.Api;
import com.lifeos.app.support.ApiTestSupport;
import com.lifeos.app.support.TestUser;
import com.lifeos.app.support.TestClock;
import com.lifeos.query.insight.Vocabulary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The AI endpoints of the shared test app, which has no key: every answer is LifeOS's own. */
class AiInsightsApiTest extends ApiTestSupport {

    private static final LocalDate TODAY = TestClock.today();

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void withoutAKeyEveryEndpointAnswersFromTheRulesAndShowsWhatItWouldHaveSent() {
        TestUser user = newUser();

        JsonNode goals = ok(api().post("/api/ai/goal-suggestions", user.accessToken(), null));
        JsonNode habits = ok(api().post("/api/ai/habit-recommendations", user.accessToken(), null));
        JsonNode insights = ok(api().get("/api/insights", user.accessToken()));

        for (JsonNode answer : List.of(goals, habits, insights)) {
            assertThat(answer.path("source").asText()).isEqualTo("rules");
            assertThat(answer.path("fallback_reason").asText()).isEqualTo("no_key");
            assertThat(answer.path("model").isNull()).isTrue();
            assertThat(answer.path("generated_at").asText()).isNotBlank();
            assertThat(answer.path("sent_context").path("today").asText()).isEqualTo(TODAY.toString());
            assertThat(answer.path("sent_context").path("private_text_shared").asBoolean()).isFalse();
            assertThat(answer.path("sent_context").has("balance")).isTrue();
        }
        assertThat(goals.path("suggestions")).hasSize(3);
        for (JsonNode goal : goals.path("suggestions")) {
            assertThat(goal.path("id").asText()).hasSize(36);
            assertThat(LocalDate.parse(goal.path("target_date").asText())).isAfter(TODAY);
            assertThat(goal.path("category").asText()).isIn(Vocabulary.GOAL_CATEGORIES);
            assertThat(goal.path("why").asText()).isNotBlank();
        }
        assertThat(habits.path("recommendations").size()).isBetween(2, 3);
        assertThat(habits.path("recommendations").findValuesAsText("frequency")).allMatch(Vocabulary.FREQUENCIES::contains);
        assertThat(insights.path("recommendations")).hasSize(3);
        assertThat(insights.path("recommendations").findValuesAsText("evidence")).allMatch(e -> e.matches(".*\\d.*"));
        assertThat(insights.has("productivity")).isTrue();
        assertThat(insights.path("balance").has("area_scores")).isTrue();
        assertThat(insights.path("trends").isArray()).isTrue();
    }

    @Test
    void theRulesAnswerAnOverrunBudgetAnOverdueGoalAndFallingSleep() {
        TestUser user = newUser();
        String month = TODAY.toString().substring(0, 7);
        created(api().post("/api/finance/budget", user.accessToken(),
                "{\"category\":\"Food\",\"month\":\"%s\",\"amount\":100}".formatted(month)));
        created(api().post("/api/finance/records", user.accessToken(),
                "{\"type\":\"expense\",\"amount\":150,\"category\":\"Food\",\"date\":\"%s\"}".formatted(TODAY)));
        created(api().post("/api/goals", user.accessToken(),
                "{\"title\":\"Write the thesis\",\"target_date\":\"%s\"}".formatted(TODAY.minusDays(1))));
        for (int daysAgo = 25; daysAgo >= 0; daysAgo--) {
            double hours = daysAgo > 14 ? 8.0 : 5.5;
            created(api().post("/api/health/metrics", user.accessToken(),
                    "{\"metric_type\":\"sleep\",\"value\":%s,\"recorded_at\":\"%sT07:00:00Z\"}"
                            .formatted(hours, TODAY.minusDays(daysAgo))));
        }

        JsonNode goals = ok(api().post("/api/ai/goal-suggestions", user.accessToken(), null));
        JsonNode habits = ok(api().post("/api/ai/habit-recommendations", user.accessToken(), null));
        JsonNode insights = ok(api().get("/api/insights", user.accessToken()));

        assertThat(goals.path("suggestions").findValuesAsText("title")).containsExactly(
                "Keep Food spending within its budget", "Finish Write the thesis",
                "Average 7.5 hours of sleep for a month");
        assertThat(habits.path("recommendations").findValuesAsText("title")).containsExactly(
                "30 minutes on Write the thesis", "Log each expense the day it happens", "Screens off by 22:30");
        assertThat(insights.path("recommendations").findValuesAsText("area")).containsExactly(
                "finance", "goals", "health");
        assertThat(insights.path("recommendations").get(0).path("evidence").asText()).contains("Food at 150.0%");
        assertThat(insights.path("trends").findValuesAsText("measure")).contains("sleep (hours)");
        JsonNode context = goals.path("sent_context");
        assertThat(context.path("finance").path("budgets").get(0).path("status").asText()).isEqualTo("over");
        assertThat(context.path("active_goals").get(0).path("state").asText()).isEqualTo("overdue");
    }

    @Test
    void anAcceptedSuggestionBecomesAGoalAndTheLogSaysWhereItCameFrom() {
        TestUser user = newUser();
        JsonNode suggestion = ok(api().post("/api/ai/goal-suggestions", user.accessToken(), null))
                .path("suggestions").get(0);
        String suggestionId = suggestion.path("id").asText();

        Api.Response goal = api().post("/api/goals", user.accessToken(), """
                {"title":"%s","category":"%s","target_date":"%s","suggestion_id":"%s"}""".formatted(
                suggestion.path("title").asText(), suggestion.path("category").asText(),
                suggestion.path("target_date").asText(), suggestionId));

        assertThat(goal.status()).isEqualTo(201);
        String goalId = goal.json().path("id").asText();
        JsonNode history = api().get("/api/audit/entities/" + suggestionId + "/history", user.accessToken()).json();
        assertThat(history.path("items").findValuesAsText("type"))
                .containsExactly("SuggestionOffered", "SuggestionAccepted");
        assertThat(history.toString()).as("the owner reads their own suggestion's sealed content opened")
                .contains(goalId, suggestion.path("title").asText());
        assertThat(jdbc.queryForObject("SELECT accepted_as FROM ai_suggestion WHERE id = ?::uuid", String.class,
                suggestionId)).isEqualTo(goalId);
        JsonNode habit = ok(api().post("/api/ai/habit-recommendations", user.accessToken(), null))
                .path("recommendations").get(0);
        Api.Response habitCreated = api().post("/api/habits", user.accessToken(), """
                {"title":"%s","frequency":"%s","target_per_week":%s,"days_of_week":%s,"suggestion_id":"%s"}"""
                .formatted(habit.path("title").asText(), habit.path("frequency").asText(),
                        habit.path("target_per_week"), habit.path("days_of_week"), habit.path("id").asText()));
        assertThat(habitCreated.status()).as(habitCreated.body()).isEqualTo(201);
        assertThat(ok(api().post("/api/ai/goal-suggestions", user.accessToken(), null))
                .path("sent_context").path("accepted_suggestions").toString())
                .contains("goal: " + suggestion.path("title").asText());
    }

    @Test
    void acceptingAnUnknownOrAnotherPersonsSuggestionIsNotFoundAndCreatesNothing() {
        TestUser owner = newUser();
        TestUser stranger = newUser();
        String theirs = ok(api().post("/api/ai/goal-suggestions", owner.accessToken(), null))
                .path("suggestions").get(0).path("id").asText();
        String habitSuggestion = ok(api().post("/api/ai/habit-recommendations", stranger.accessToken(), null))
                .path("recommendations").get(0).path("id").asText();

        for (String suggestionId : List.of(theirs, "00000000-0000-0000-0000-00000000abcd")) {
            Api.Response refused = api().post("/api/goals", stranger.accessToken(), """
                    {"id":"%s","title":"Taken over","suggestion_id":"%s"}""".formatted(
                    java.util.UUID.randomUUID(), suggestionId));
            assertThat(refused.status()).isEqualTo(404);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        Api.Response wrongKind = api().post("/api/goals", stranger.accessToken(),
                "{\"title\":\"Taken over\",\"suggestion_id\":\"%s\"}".formatted(habitSuggestion));
        assertThat(wrongKind.status()).isEqualTo(400);
        assertThat(api().get("/api/goals", stranger.accessToken()).json().path("total_items").asInt()).isZero();
        assertThat(api().post("/api/goals", stranger.accessToken(),
                "{\"title\":\"x\",\"suggestion_id\":\"not-a-uuid\"}").status()).isEqualTo(400);
    }

    @Test
    void anAnswerIsCachedUntilTheUsersDataChanges() {
        TestUser user = settled(newUser());
        JsonNode first = ok(api().post("/api/ai/goal-suggestions", user.accessToken(), null));
        JsonNode again = ok(api().post("/api/ai/goal-suggestions", user.accessToken(), null));
        assertThat(again).isEqualTo(first);
        assertThat(offered(user)).isEqualTo(3);

        created(api().post("/api/habits", user.accessToken(), "{\"title\":\"Stretch\",\"frequency\":\"daily\"}"));

        JsonNode changed = ok(api().post("/api/ai/goal-suggestions", user.accessToken(), null));
        assertThat(changed.path("suggestions").findValuesAsText("id"))
                .doesNotContainAnyElementsOf(first.path("suggestions").findValuesAsText("id"));
        assertThat(changed.path("sent_context").path("active_habits").findValuesAsText("title")).contains("Stretch");
        assertThat(offered(user)).isEqualTo(6);
    }

    @Test
    void sharingPrivateTextIsAYesOrNoSettingThatIsOffUntilTurnedOn() {
        TestUser user = newUser();
        assertThat(api().get("/api/settings", user.accessToken()).json().has("ai_share_private_text")).isFalse();
        Api.Response wrong = api().put("/api/settings/ai_share_private_text", user.accessToken(), "{\"value\":\"maybe\"}");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().path("errors").findValuesAsText("field")).containsExactly("value");
        assertThat(api().put("/api/settings/ai_share_private_text", user.accessToken(), "{\"value\":\"TRUE\"}")
                .json().path("ai_share_private_text").toString()).isEqualTo("true");
        assertThat(ok(api().get("/api/insights", user.accessToken())).path("sent_context")
                .path("private_text_shared").asBoolean()).isTrue();
    }

    @Test
    void theAnswersNeedASignedInUser() {
        assertThat(api().post("/api/ai/goal-suggestions", null, null).status()).isEqualTo(401);
        assertThat(api().post("/api/ai/habit-recommendations", null, null).status()).isEqualTo(401);
        assertThat(api().get("/api/insights", null).status()).isEqualTo(401);
    }

    /**
     * After a first write: the events of a registration may reach a projection (and drop the user's cache entries)
     * after the registration has answered, which would make an answer cached in between look uncached.
     */
    private TestUser settled(TestUser user) {
        created(api().post("/api/habits", user.accessToken(), "{\"title\":\"Floss\",\"frequency\":\"daily\"}"));
        return user;
    }

    private long offered(TestUser user) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ai_suggestion WHERE user_id = ?::uuid", Long.class,
                user.id().toString());
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static void created(Api.Response response) {
        assertThat(response.status()).as(response.body()).isIn(200, 201);
    }
}
