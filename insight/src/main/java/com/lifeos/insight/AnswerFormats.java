package com.lifeos.insight;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.lifeos.api.habit.HabitFrequency;
import com.lifeos.api.shared.Texts;
import com.lifeos.query.insight.GoalSuggestion;
import com.lifeos.query.insight.HabitRecommendation;
import com.lifeos.query.insight.Recommendation;
import com.lifeos.query.insight.Vocabulary;
import tools.jackson.databind.JsonNode;

import static com.lifeos.insight.AnswerFormat.choice;
import static com.lifeos.insight.AnswerFormat.futureDate;
import static com.lifeos.insight.AnswerFormat.items;
import static com.lifeos.insight.AnswerFormat.optionalWhole;
import static com.lifeos.insight.AnswerFormat.requireDistinct;
import static com.lifeos.insight.AnswerFormat.text;

/** The three answers the model gives: goal suggestions, habit recommendations and insight recommendations. */
final class AnswerFormats {

    static final int MAX_YEARS_AHEAD = 3;
    static final int WHY_MAX = 500;
    static final int DETAIL_MAX = 1000;
    static final int EVIDENCE_MAX = 500;

    static final AnswerFormat<List<GoalSuggestion>> GOAL_SUGGESTIONS = new AnswerFormat<>("goal_suggestions",
            "Suggest exactly 3 new goals that complement the person's current goals and habits: not a copy of "
                    + "one they have, each with a target date after today, and why it fits their numbers.",
            AnswerShapes.GoalSuggestions.class, Map.of("category", Vocabulary.GOAL_CATEGORIES),
            AnswerFormats::goals);

    static final AnswerFormat<List<HabitRecommendation>> HABIT_RECOMMENDATIONS = new AnswerFormat<>(
            "habit_recommendations",
            "Recommend 2 or 3 new habits that would improve the person's productivity and well-being, supporting "
                    + "their goals; not a habit they already have. Weekly habits give target_per_week (1-7); "
                    + "weekdays habits give days_of_week; daily habits give neither (null).",
            AnswerShapes.HabitRecommendations.class,
            Map.of("frequency", Vocabulary.FREQUENCIES, "days_of_week", Vocabulary.DAYS),
            AnswerFormats::habits);

    static final AnswerFormat<List<Recommendation>> INSIGHT_RECOMMENDATIONS = new AnswerFormat<>(
            "insight_recommendations",
            "Give exactly 3 actionable insights for improvement across the person's life areas, each about one "
                    + "area, with the evidence: the numbers from the context it is based on.",
            AnswerShapes.InsightRecommendations.class, Map.of("area", Vocabulary.AREAS),
            AnswerFormats::insights);

    private AnswerFormats() {
    }

    private static List<GoalSuggestion> goals(JsonNode answer, LocalDate today) throws InvalidAnswer {
        List<GoalSuggestion> goals = new ArrayList<>();
        for (JsonNode item : items(answer, "suggestions", Vocabulary.GOALS, Vocabulary.GOALS)) {
            goals.add(new GoalSuggestion(null, text(item, "title", Texts.TITLE_MAX),
                    text(item, "description", Texts.DESCRIPTION_MAX),
                    choice(item, "category", Vocabulary.GOAL_CATEGORIES),
                    futureDate(item, "target_date", today, MAX_YEARS_AHEAD), text(item, "why", WHY_MAX)));
        }
        requireDistinct(goals.stream().map(GoalSuggestion::title).toList());
        return goals;
    }

    private static List<HabitRecommendation> habits(JsonNode answer, LocalDate today) throws InvalidAnswer {
        List<HabitRecommendation> habits = new ArrayList<>();
        for (JsonNode item : items(answer, "recommendations", Vocabulary.MIN_HABITS, Vocabulary.MAX_HABITS)) {
            HabitFrequency frequency = HabitFrequency.valueOf(
                    choice(item, "frequency", Vocabulary.FREQUENCIES).toUpperCase(Locale.ROOT));
            Integer perWeek = optionalWhole(item, "target_per_week", 1, 7);
            List<DayOfWeek> days = days(item);
            if (frequency == HabitFrequency.WEEKLY && perWeek == null) {
                throw new InvalidAnswer("a weekly habit needs target_per_week");
            }
            if (frequency == HabitFrequency.WEEKDAYS && days.isEmpty()) {
                throw new InvalidAnswer("a weekdays habit needs days_of_week");
            }
            habits.add(new HabitRecommendation(null, text(item, "title", Texts.TITLE_MAX), frequency,
                    frequency == HabitFrequency.WEEKLY ? perWeek : null,
                    frequency == HabitFrequency.WEEKDAYS ? days : null, text(item, "why", WHY_MAX)));
        }
        requireDistinct(habits.stream().map(HabitRecommendation::title).toList());
        return habits;
    }

    /** The days named, in week order and each once; empty when none (or null) were given. */
    private static List<DayOfWeek> days(JsonNode item) throws InvalidAnswer {
        JsonNode value = item.get("days_of_week");
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new InvalidAnswer("days_of_week is not an array");
        }
        List<DayOfWeek> days = new ArrayList<>();
        for (JsonNode day : value) {
            int index = day.isString() ? Vocabulary.DAYS.indexOf(day.stringValue().strip().toUpperCase(Locale.ROOT)) : -1;
            if (index < 0) {
                throw new InvalidAnswer("days_of_week holds " + day + ", not one of " + Vocabulary.DAYS);
            }
            if (!days.contains(DayOfWeek.of(index + 1))) {
                days.add(DayOfWeek.of(index + 1));
            }
        }
        return days.stream().sorted().toList();
    }

    private static List<Recommendation> insights(JsonNode answer, LocalDate today) throws InvalidAnswer {
        List<Recommendation> insights = new ArrayList<>();
        for (JsonNode item : items(answer, "recommendations", Vocabulary.INSIGHTS, Vocabulary.INSIGHTS)) {
            String evidence = text(item, "evidence", EVIDENCE_MAX);
            if (evidence.chars().noneMatch(Character::isDigit)) {
                throw new InvalidAnswer("an evidence names no number");
            }
            insights.add(new Recommendation(text(item, "title", Texts.TITLE_MAX),
                    text(item, "detail", DETAIL_MAX), choice(item, "area", Vocabulary.AREAS), evidence));
        }
        requireDistinct(insights.stream().map(Recommendation::title).toList());
        return insights;
    }
}
