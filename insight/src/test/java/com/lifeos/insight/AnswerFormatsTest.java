package com.lifeos.insight;

import java.time.LocalDate;
import java.util.List;

import com.lifeos.api.habit.HabitFrequency;
import com.lifeos.query.insight.GoalSuggestion;
import com.lifeos.query.insight.HabitRecommendation;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AnswerFormatsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String GOAL = "{\"title\":\"%s\",\"description\":\"d\",\"category\":\"%s\",\"target_date\":\"%s\",\"why\":\"w\"}";

    @Test
    void threeGoalsWithFutureDatesAndKnownCategoriesAreRead() throws InvalidAnswer {
        List<GoalSuggestion> goals = AnswerFormats.GOAL_SUGGESTIONS.read(JSON.readTree(goals(
                goal("A", "Fitness", "2026-11-26"), goal("B", "finance", "2029-11-25"), goal("C", "hobby", "2027-01-01"))),
                TODAY);

        assertThat(goals).extracting(GoalSuggestion::category).containsExactly("fitness", "finance", "hobby");
        assertThat(goals.getFirst().targetDate()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(goals).allSatisfy(goal -> assertThat(goal.id()).isNull());
    }

    @ParameterizedTest
    @ValueSource(strings = {"today", "past", "too far", "not a date", "unknown category", "two only", "four",
            "same title", "blank title", "number title", "not an object"})
    void aGoalAnswerThatBreaksAnyCheckIsInvalid(String breach) {
        String ok = "2027-01-01";
        String answer = switch (breach) {
            case "today" -> goals(goal("A", "health", TODAY.toString()), goal("B", "health", ok), goal("C", "health", ok));
            case "past" -> goals(goal("A", "health", "2026-11-24"), goal("B", "health", ok), goal("C", "health", ok));
            case "too far" -> goals(goal("A", "health", "2029-11-26"), goal("B", "health", ok), goal("C", "health", ok));
            case "not a date" -> goals(goal("A", "health", "soon"), goal("B", "health", ok), goal("C", "health", ok));
            case "unknown category" -> goals(goal("A", "space", ok), goal("B", "health", ok), goal("C", "health", ok));
            case "two only" -> goals(goal("A", "health", ok), goal("B", "health", ok));
            case "four" -> goals(goal("A", "health", ok), goal("B", "health", ok), goal("C", "health", ok),
                    goal("D", "health", ok));
            case "same title" -> goals(goal("A", "health", ok), goal("a", "health", ok), goal("C", "health", ok));
            case "blank title" -> goals(goal(" ", "health", ok), goal("B", "health", ok), goal("C", "health", ok));
            case "number title" -> goals(goal("A", "health", ok), goal("B", "health", ok), goal("C", "health", ok))
                    .replace("\"title\":\"C\"", "\"title\":3");
            default -> "[1,2,3]";
        };

        assertThatExceptionOfType(InvalidAnswer.class)
                .isThrownBy(() -> AnswerFormats.GOAL_SUGGESTIONS.read(JSON.readTree(answer), TODAY));
    }

    @Test
    void habitsKeepOnlyTheFieldsTheirFrequencyUses() throws InvalidAnswer {
        List<HabitRecommendation> habits = AnswerFormats.HABIT_RECOMMENDATIONS.read(JSON.readTree("""
                {"recommendations":[
                  {"title":"A","frequency":"daily","target_per_week":7,"days_of_week":["MON"],"why":"w"},
                  {"title":"B","frequency":"weekly","target_per_week":2,"days_of_week":null,"why":"w"},
                  {"title":"C","frequency":"weekdays","target_per_week":null,"days_of_week":["fri","MON","FRI"],"why":"w"}]}"""),
                TODAY);

        assertThat(habits).extracting(HabitRecommendation::frequency)
                .containsExactly(HabitFrequency.DAILY, HabitFrequency.WEEKLY, HabitFrequency.WEEKDAYS);
        assertThat(habits.get(0).targetPerWeek()).isNull();
        assertThat(habits.get(0).daysOfWeek()).isNull();
        assertThat(habits.get(1).targetPerWeek()).isEqualTo(2);
        assertThat(habits.get(2).daysOfWeek()).containsExactly(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.FRIDAY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"title\":\"A\",\"frequency\":\"weekly\",\"target_per_week\":null,\"days_of_week\":null,\"why\":\"w\"}",
            "{\"title\":\"A\",\"frequency\":\"weekly\",\"target_per_week\":8,\"days_of_week\":null,\"why\":\"w\"}",
            "{\"title\":\"A\",\"frequency\":\"weekdays\",\"target_per_week\":null,\"days_of_week\":[],\"why\":\"w\"}",
            "{\"title\":\"A\",\"frequency\":\"weekdays\",\"target_per_week\":null,\"days_of_week\":[\"MOON\"],\"why\":\"w\"}",
            "{\"title\":\"A\",\"frequency\":\"hourly\",\"target_per_week\":null,\"days_of_week\":null,\"why\":\"w\"}"})
    void anInconsistentHabitIsInvalid(String habit) {
        String answer = "{\"recommendations\":[" + habit
                + ",{\"title\":\"B\",\"frequency\":\"daily\",\"target_per_week\":null,\"days_of_week\":null,\"why\":\"w\"}]}";

        assertThatExceptionOfType(InvalidAnswer.class)
                .isThrownBy(() -> AnswerFormats.HABIT_RECOMMENDATIONS.read(JSON.readTree(answer), TODAY));
    }

    @Test
    void anInsightWhoseEvidenceNamesNoNumberIsInvalid() {
        String answer = """
                {"recommendations":[
                  {"title":"A","detail":"d","area":"health","evidence":"sleep 6.1 hours"},
                  {"title":"B","detail":"d","area":"finance","evidence":"you spend a lot"},
                  {"title":"C","detail":"d","area":"habits","evidence":"12-day streak"}]}""";

        assertThatExceptionOfType(InvalidAnswer.class)
                .isThrownBy(() -> AnswerFormats.INSIGHT_RECOMMENDATIONS.read(JSON.readTree(answer), TODAY))
                .withMessageContaining("names no number");
    }

    @Test
    void everySchemaIsStrict() throws Exception {
        for (AnswerFormat<?> format : List.of(AnswerFormats.GOAL_SUGGESTIONS, AnswerFormats.HABIT_RECOMMENDATIONS,
                AnswerFormats.INSIGHT_RECOMMENDATIONS)) {
            JsonNode jsonSchema = sentFormat(format).path("json_schema");
            JsonNode schema = jsonSchema.path("schema");
            assertThat(jsonSchema.path("name").asString()).isEqualTo(format.name());
            assertThat(jsonSchema.path("strict").asBoolean()).isTrue();
            assertThat(schema.toString()).as(format.name()).contains("\"additionalProperties\":false")
                    .doesNotContain("\"additionalProperties\":true");
            assertThat(schema.path("required").valueStream().map(JsonNode::asString).toList())
                    .isEqualTo(schema.path("properties").propertyNames().stream().toList());
        }
    }

    @Test
    void closedSetsAreSentAsTheirLowerCaseValues() throws Exception {
        JsonNode habit = sentFormat(AnswerFormats.HABIT_RECOMMENDATIONS).path("json_schema").path("schema")
                .path("properties").path("recommendations").path("items");

        assertThat(habit.path("properties").path("frequency").path("enum").valueStream().map(JsonNode::asString))
                .containsExactly("daily", "weekly", "weekdays");
        assertThat(habit.path("properties").path("days_of_week").path("type").toString()).contains("array", "null");
        assertThat(habit.path("properties").path("days_of_week").path("items").path("enum").size()).isEqualTo(7);
        assertThat(habit.path("properties").path("target_per_week").path("type").toString()).contains("integer", "null");
        assertThat(habit.path("required").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("title", "frequency", "target_per_week", "days_of_week", "why");
    }

    private static JsonNode sentFormat(AnswerFormat<?> format) throws Exception {
        ChatCompletionCreateParams request = ModelClient.request(format, "model", 100, "instructions", "{}");
        return JSON.readTree(com.openai.core.ObjectMappers.jsonMapper().writeValueAsString(
                request.responseFormat().orElseThrow()));
    }

    private static String goals(String... goals) {
        return "{\"suggestions\":[" + String.join(",", goals) + "]}";
    }

    private static String goal(String title, String category, String date) {
        return GOAL.formatted(title, category, date);
    }
}
