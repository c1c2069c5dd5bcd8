package com.lifeos.app.insight;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lifeos.app.support.Api;
import com.lifeos.app.support.AppInstance;
import com.lifeos.app.support.ModelStub;
import com.lifeos.app.support.ModelStub.Reply;
import com.lifeos.app.support.TestClock;
import com.lifeos.app.support.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The AI endpoints against a stub OpenAI-compatible server, in an app of their own configured with its URL, a key,
 * a short timeout and a small daily allowance: what the SDK sends, and what LifeOS makes of each kind of reply.
 */
class AiModelTest {

    private static final String MODEL = "stub-model-1";
    private static final int CALLS_PER_DAY = 6;
    private static final LocalDate TODAY = TestClock.today();
    private static ModelStub stub;
    private static AppInstance app;

    @BeforeAll
    static void start() {
        stub = ModelStub.start();
        app = AppInstance.start("ai_model", Map.of(
                "lifeos.ai.api-key", "sk-test-not-a-real-key",
                "lifeos.ai.base-url", stub.baseUrl(),
                "lifeos.ai.model", MODEL,
                "lifeos.ai.timeout", "1s",
                "lifeos.ai.max-tokens", 500,
                "lifeos.ai.max-calls-per-day", CALLS_PER_DAY,
                "spring.datasource.hikari.maximum-pool-size", 8));
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (stub != null) {
            stub.close();
        }
    }

    @Test
    void goalSuggestionsComeFromTheModelAsAValidatedStructuredAnswer() {
        TestUser user = user();
        JsonNode answer = ok(api().post("/api/ai/goal-suggestions", user.accessToken(), null));

        assertThat(answer.path("source").asText()).isEqualTo("model");
        assertThat(answer.path("model").asText()).isEqualTo(MODEL);
        assertThat(answer.path("fallback_reason").isNull()).isTrue();
        assertThat(answer.path("suggestions").findValuesAsText("title"))
                .containsExactly("Run a 10k race", "Save 500 a month", "Read 6 books");
        assertThat(answer.path("suggestions").findValuesAsText("id")).hasSize(3).doesNotContainNull();
        JsonNode request = stub.lastRequest();
        assertThat(request.path("model").asText()).isEqualTo(MODEL);
        assertThat(request.path("max_completion_tokens").asInt()).isEqualTo(500);
        JsonNode format = request.path("response_format");
        assertThat(format.path("type").asText()).isEqualTo("json_schema");
        assertThat(format.path("json_schema").path("name").asText()).isEqualTo("goal_suggestions");
        assertThat(format.path("json_schema").path("strict").asBoolean()).isTrue();
        JsonNode item = format.path("json_schema").path("schema").path("properties").path("suggestions").path("items");
        assertThat(item.path("required").toString()).contains("title", "description", "category", "target_date", "why");
        assertThat(item.path("properties").path("category").path("enum").toString()).contains("fitness", "finance");
        assertThat(request.path("messages").findValuesAsText("role")).containsExactly("system", "user");
        String sent = request.path("messages").get(1).path("content").asText();
        assertThat(api().post("/api/ai/goal-suggestions", user.accessToken(), null).json().path("sent_context"))
                .isEqualTo(answer.path("sent_context"));
        assertThat(answer.path("sent_context")).isEqualTo(parse(sent));
    }

    @Test
    void habitRecommendationsAndInsightsComeFromTheModelToo() {
        TestUser user = user();
        JsonNode habits = ok(api().post("/api/ai/habit-recommendations", user.accessToken(), null));
        assertThat(stub.lastRequest().path("response_format").path("json_schema").path("name").asText())
                .isEqualTo("habit_recommendations");
        JsonNode insights = ok(api().get("/api/insights", user.accessToken()));
        assertThat(stub.lastRequest().path("response_format").path("json_schema").path("name").asText())
                .isEqualTo("insight_recommendations");

        assertThat(habits.path("source").asText()).isEqualTo("model");
        JsonNode weekdays = habits.path("recommendations").get(2);
        assertThat(weekdays.path("frequency").asText()).isEqualTo("weekdays");
        assertThat(weekdays.path("days_of_week").toString()).isEqualTo("[\"monday\",\"tuesday\"]");
        assertThat(habits.path("recommendations").get(1).path("target_per_week").asInt()).isEqualTo(2);
        assertThat(insights.path("source").asText()).isEqualTo("model");
        assertThat(insights.path("recommendations").findValuesAsText("area")).containsExactly("health", "finance", "habits");
        assertThat(insights.has("balance")).isTrue();
        assertThat(insights.has("productivity")).isTrue();
    }

    @Test
    void anInvalidAnswerIsAskedForAgainOnce() {
        TestUser user = user();
        int before = stub.calls();
        stub.then(Reply.content("this is not JSON"));

        JsonNode answer = ok(api().post("/api/ai/goal-suggestions", user.accessToken(), null));

        assertThat(stub.calls()).isEqualTo(before + 2);
        assertThat(answer.path("source").asText()).isEqualTo("model");
    }

    @Test
    void twoInvalidAnswersFallBackToTheRules() {
        TestUser user = user();
        int before = stub.calls();
        String pastDate = """
                {"suggestions":[
                  {"title":"A","description":"a","category":"fitness","target_date":"%s","why":"1"},
                  {"title":"B","description":"b","category":"finance","target_date":"%s","why":"2"},
                  {"title":"C","description":"c","category":"learning","target_date":"%s","why":"3"}]}"""
                .formatted(TODAY.minusDays(1), TODAY.plusDays(9), TODAY.plusDays(9));
        String twoOnly = "{\"suggestions\":[{\"title\":\"A\",\"description\":\"a\",\"category\":\"fitness\","
                + "\"target_date\":\"" + TODAY.plusDays(9) + "\",\"why\":\"1\"}]}";
        stub.then(Reply.content(pastDate), Reply.content(twoOnly));

        JsonNode answer = ok(api().post("/api/ai/goal-suggestions", user.accessToken(), null));

        assertThat(stub.calls()).isEqualTo(before + 2);
        assertThat(answer.path("source").asText()).isEqualTo("rules");
        assertThat(answer.path("fallback_reason").asText()).isEqualTo("invalid_answer");
        assertThat(answer.path("suggestions")).hasSize(3);

        stub.then(Reply.content("{\"recommendations\":[{\"title\":\"x\",\"detail\":\"y\",\"area\":\"space\","
                + "\"evidence\":\"1\"}]}"), Reply.content("{\"recommendations\":[]}"));
        JsonNode insights = ok(api().get("/api/insights", user.accessToken()));
        assertThat(insights.path("fallback_reason").asText()).isEqualTo("invalid_answer");
        assertThat(insights.path("recommendations")).hasSize(3);
    }

    @Test
    void aSlowModelTimesOutAndTheRulesAnswer() {
        TestUser user = user();
        stub.then(Reply.slow(Duration.ofSeconds(3)));

        long started = System.nanoTime();
        JsonNode answer = ok(api().post("/api/ai/habit-recommendations", user.accessToken(), null));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2900));
        assertThat(answer.path("source").asText()).isEqualTo("rules");
        assertThat(answer.path("fallback_reason").asText()).isEqualTo("timeout");
        assertThat(answer.path("recommendations").size()).isBetween(2, 3);
    }

    @Test
    void aRateLimitedModelFallsBackAtOnceAndIsAskedAgainNextTime() {
        TestUser user = user();
        int before = stub.calls();
        stub.then(Reply.status(429));

        JsonNode limited = ok(api().get("/api/insights", user.accessToken()));

        assertThat(stub.calls()).isEqualTo(before + 1);
        assertThat(limited.path("source").asText()).isEqualTo("rules");
        assertThat(limited.path("fallback_reason").asText()).isEqualTo("rate_limited");
        JsonNode next = ok(api().get("/api/insights", user.accessToken()));
        assertThat(next.path("source").asText()).isEqualTo("model");
        assertThat(stub.calls()).isEqualTo(before + 2);
    }

    @Test
    void privateTextIsSentOnlyWhenTheUserSharesIt() {
        TestUser user = user();
        String secret = "Told Ottilie about the diagnosis";
        ok201(api().post("/api/journal/entries", user.accessToken(),
                "{\"content\":\"%s\",\"mood\":\"bad\",\"tags\":[\"hospital\"]}".formatted(secret)));
        ok201(api().post("/api/journal/entries", user.accessToken(),
                "{\"content\":\"Swapped the locker code\",\"is_private\":false}"));
        ok201(api().post("/api/relationships", user.accessToken(), """
                {"contact_name":"Bartholomew Quince","contact_every_days":7,"notes":"owes me 20",
                 "last_contact_date":"%s"}""".formatted(TODAY.minusDays(30))));

        ok(api().post("/api/ai/goal-suggestions", user.accessToken(), null));
        String notShared = stub.requests().getLast();
        assertThat(notShared).doesNotContain("Ottilie", "diagnosis", "hospital", "Bartholomew", "Quince", "owes me",
                "locker");
        assertThat(parse(notShared).path("messages").get(1).path("content").asText())
                .contains("\"overdue\":1", "\"private_text\":null");

        assertThat(api().put("/api/settings/ai_share_private_text", user.accessToken(), "{\"value\":true}").status())
                .isEqualTo(200);
        JsonNode shared = ok(api().post("/api/ai/goal-suggestions", user.accessToken(), null));

        assertThat(stub.requests().getLast()).contains(secret, "locker code", "Bartholomew Quince")
                .doesNotContain("owes me");
        assertThat(shared.path("sent_context").path("private_text").path("recent_journal_entries").toString())
                .contains(secret);
        assertThat(shared.path("sent_context").path("private_text_shared").asBoolean()).isTrue();
    }

    @Test
    void answersAreCachedUntilTheUsersDataChanges() {
        TestUser user = settled(user());
        JsonNode first = ok(api().post("/api/ai/goal-suggestions", user.accessToken(), null));
        int calls = stub.calls();

        assertThat(ok(api().post("/api/ai/goal-suggestions", user.accessToken(), null))).isEqualTo(first);
        assertThat(stub.calls()).isEqualTo(calls);

        ok201(api().post("/api/goals", user.accessToken(), "{\"title\":\"Learn to sail\"}"));
        JsonNode fresh = ok(api().post("/api/ai/goal-suggestions", user.accessToken(), null));

        assertThat(stub.calls()).isEqualTo(calls + 1);
        assertThat(fresh.path("sent_context").path("active_goals").findValuesAsText("title")).contains("Learn to sail");
        assertThat(stub.requests().getLast()).contains("Learn to sail");
    }

    @Test
    void offeringSuggestionsDropsNoCachedAnswerButAcceptingOneDoes() {
        TestUser user = settled(user());
        JsonNode goals = ok(api().post("/api/ai/goal-suggestions", user.accessToken(), null));
        ok(api().post("/api/ai/habit-recommendations", user.accessToken(), null));
        ok(api().get("/api/insights", user.accessToken()));
        int calls = stub.calls();

        assertThat(ok(api().post("/api/ai/goal-suggestions", user.accessToken(), null))).isEqualTo(goals);
        ok(api().post("/api/ai/habit-recommendations", user.accessToken(), null));
        ok(api().get("/api/insights", user.accessToken()));
        assertThat(stub.calls()).isEqualTo(calls);

        ok201(api().post("/api/goals", user.accessToken(), "{\"title\":\"Run a 10k race\",\"suggestion_id\":\"%s\"}"
                .formatted(goals.path("suggestions").get(0).path("id").asText())));
        ok(api().get("/api/insights", user.accessToken()));
        assertThat(stub.calls()).isEqualTo(calls + 1);
        assertThat(stub.requests().getLast()).contains("goal: Run a 10k race");
    }

    @Test
    void theDailyAllowanceOfModelCallsIsKeptPerUser() {
        TestUser user = user();
        int calls = stub.calls();
        for (int i = 0; i < CALLS_PER_DAY; i++) {
            ok201(api().post("/api/habits", user.accessToken(), "{\"title\":\"Habit %d\",\"frequency\":\"daily\"}"
                    .formatted(i)));
            assertThat(ok(api().post("/api/ai/goal-suggestions", user.accessToken(), null)).path("source").asText())
                    .isEqualTo("model");
        }
        ok201(api().post("/api/habits", user.accessToken(), "{\"title\":\"One more\",\"frequency\":\"daily\"}"));

        JsonNode over = ok(api().post("/api/ai/goal-suggestions", user.accessToken(), null));

        assertThat(over.path("source").asText()).isEqualTo("rules");
        assertThat(over.path("fallback_reason").asText()).isEqualTo("daily_limit");
        assertThat(stub.calls()).isEqualTo(calls + CALLS_PER_DAY);
        assertThat(ok(api().post("/api/ai/goal-suggestions", user().accessToken(), null)).path("source").asText())
                .isEqualTo("model");
    }

    @Test
    void aSuggestionOfTheModelIsAcceptedLikeARulesOne() {
        TestUser user = user();
        JsonNode suggestion = ok(api().post("/api/ai/goal-suggestions", user.accessToken(), null))
                .path("suggestions").get(1);
        Api.Response goal = api().post("/api/goals", user.accessToken(), """
                {"title":"%s","category":"finance","suggestion_id":"%s"}""".formatted(
                suggestion.path("title").asText(), suggestion.path("id").asText()));
        assertThat(goal.status()).isEqualTo(201);
        JsonNode history = api().get("/api/audit/entities/" + suggestion.path("id").asText() + "/history",
                user.accessToken()).json();
        assertThat(history.path("items").get(0).path("payload").path("source").asText()).isEqualTo("model");
        assertThat(history.path("items").get(0).path("payload").path("model").asText()).isEqualTo(MODEL);
    }

    /**
     * After a first write: the events of a registration may reach a projection (and drop the user's cache entries)
     * after the registration has answered, which would make an answer cached in between look uncached.
     */
    private static TestUser settled(TestUser user) {
        ok201(api().post("/api/habits", user.accessToken(), "{\"title\":\"Floss\",\"frequency\":\"daily\"}"));
        return user;
    }

    private static TestUser user() {
        return TestUser.register(api(), "UTC");
    }

    private static Api api() {
        return app.api();
    }

    private static JsonNode parse(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static void ok201(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }
}
