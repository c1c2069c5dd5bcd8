package com.lifeos.app.insight;

import com.lifeos.app.security.Actor;
import com.lifeos.app.web.Calendars;
import com.lifeos.insight.GoalSuggestionsAnswer;
import com.lifeos.insight.HabitRecommendationsAnswer;
import com.lifeos.insight.Insights;
import com.lifeos.insight.InsightsAnswer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Model-backed insights: suggested goals, recommended habits, and the insights overview. Each answers 200 whether
 * or not a model is configured or reachable; {@code source} says whose answer it is and {@code sent_context} what
 * was sent. The class keeps its name because the published operation ids derive from it ({@code aiInsights}).
 */
@RestController
class AiController {

    private final Insights insights;
    private final Calendars calendars;

    AiController(Insights insights, Calendars calendars) {
        this.insights = insights;
        this.calendars = calendars;
    }

    @PostMapping("/api/ai/goal-suggestions")
    GoalSuggestionsAnswer goalSuggestions(Actor actor) {
        return insights.goalSuggestions(actor.userId(), calendars.of(actor));
    }

    @PostMapping("/api/ai/habit-recommendations")
    HabitRecommendationsAnswer habitRecommendations(Actor actor) {
        return insights.habitRecommendations(actor.userId(), calendars.of(actor));
    }

    @GetMapping("/api/insights")
    InsightsAnswer insights(Actor actor) {
        return insights.insights(actor.userId(), calendars.of(actor));
    }
}
