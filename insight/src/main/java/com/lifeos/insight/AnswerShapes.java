package com.lifeos.insight;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * The shapes of the model's three answers, from which the OpenAI SDK derives each strict JSON schema. Fields are
 * plain text where LifeOS wants lower-case values from a closed set: {@link AnswerFormat#choices()} adds those.
 */
final class AnswerShapes {

    private AnswerShapes() {
    }

    record GoalSuggestions(@JsonPropertyDescription("exactly 3 goals") List<Goal> suggestions) {
    }

    record Goal(@JsonPropertyDescription("short, specific goal title") String title,
                @JsonPropertyDescription("one or two sentences: what done looks like") String description,
                @JsonPropertyDescription("life area of the goal") String category,
                @JsonProperty("target_date")
                @JsonPropertyDescription("YYYY-MM-DD, after today and within 3 years") String targetDate,
                @JsonPropertyDescription("why it fits this person, naming the numbers from the context") String why) {
    }

    record HabitRecommendations(@JsonPropertyDescription("2 or 3 habits") List<Habit> recommendations) {
    }

    record Habit(@JsonPropertyDescription("short habit title, an action") String title,
                 @JsonPropertyDescription("daily, weekly (n times a week) or weekdays (listed days)") String frequency,
                 @JsonProperty("target_per_week")
                 @JsonPropertyDescription("times per week, 1-7, for weekly habits; otherwise null")
                 Optional<Integer> targetPerWeek,
                 @JsonProperty("days_of_week")
                 @JsonPropertyDescription("the days, for weekdays habits; otherwise null")
                 Optional<List<String>> daysOfWeek,
                 @JsonPropertyDescription("why it helps this person, naming the numbers from the context") String why) {
    }

    record InsightRecommendations(@JsonPropertyDescription("exactly 3 insights") List<Insight> recommendations) {
    }

    record Insight(@JsonPropertyDescription("short, actionable") String title,
                   @JsonPropertyDescription("what to do and how, in two or three sentences") String detail,
                   @JsonPropertyDescription("the life area it is about") String area,
                   @JsonPropertyDescription("the numbers from the context this is based on") String evidence) {
    }
}
