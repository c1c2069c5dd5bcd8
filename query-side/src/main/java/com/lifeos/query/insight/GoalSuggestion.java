package com.lifeos.query.insight;

import java.time.LocalDate;
import java.util.UUID;

/** A goal LifeOS suggests; created as it stands with {@code POST /api/goals} and {@code "suggestion_id": id}. */
public record GoalSuggestion(UUID id, String title, String description, String category, LocalDate targetDate,
                             String why) {

    public GoalSuggestion withId(UUID newId) {
        return new GoalSuggestion(newId, title, description, category, targetDate, why);
    }
}
