package com.lifeos.app.ai;

import com.lifeos.app.security.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * AI insights: suggested goals, recommended habits, and the insights overview. Each answers 200 whether or not a
 * model is configured or reachable; {@code source} says whose answer it is and {@code sent_context} what was sent.
 */
@RestController
class AiController {

    private final AiInsights insights;

    AiController(AiInsights insights) {
        this.insights = insights;
    }

    @PostMapping("/api/ai/goal-suggestions")
    GoalSuggestionsAnswer goalSuggestions(Actor actor) {
        return insights.goalSuggestions(actor);
    }

    @PostMapping("/api/ai/habit-recommendations")
    HabitRecommendationsAnswer habitRecommendations(Actor actor) {
        return insights.habitRecommendations(actor);
    }

    @GetMapping("/api/insights")
    InsightsAnswer insights(Actor actor) {
        return insights.insights(actor);
    }
}
