package com.lifeos.api.goal;

import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.api.shared.Checks;
import com.lifeos.api.shared.DateBounds;
import com.lifeos.api.shared.Texts;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A partial change: null fields keep their value. {@code status} may pause, resume or abandon the goal;
 * {@code completed} completes it (progress 100). Completion otherwise follows progress. A new {@code startDate}
 * is never after {@code today} (the caller's today), and start and target stay in order.
 */
public record ChangeGoalCommand(@TargetAggregateIdentifier UUID goalId, UUID userId, String title,
                                String description, String category, LocalDate targetDate, GoalPriority priority,
                                GoalStatus status, LocalDate startDate, LocalDate today) {

    public ChangeGoalCommand {
        DateBounds.requirePlan("start_date", startDate, "target_date", targetDate, today);
        Checks.addressed("goalId", goalId, userId);
        Texts.replacement("title", title, Texts.TITLE_MAX);
        Texts.optional("description", description, Texts.DESCRIPTION_MAX);
        Texts.optional("category", category, Texts.CATEGORY_MAX);
    }
}
