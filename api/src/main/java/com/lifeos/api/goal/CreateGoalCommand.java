package com.lifeos.api.goal;

import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.api.shared.Checks;
import com.lifeos.api.shared.DateBounds;
import com.lifeos.api.shared.Texts;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Creates a goal. {@code startDate} is the day its owner started on it (null: the creation day); it is never after
 * the target date nor after {@code today}, the caller's today (the aggregate has no clock).
 */
public record CreateGoalCommand(@TargetAggregateIdentifier UUID goalId, UUID userId, String title,
                                String description, String category, LocalDate targetDate,
                                GoalPriority priority, LocalDate startDate, LocalDate today) {

    public CreateGoalCommand {
        DateBounds.requirePlan("start_date", startDate, "target_date", targetDate, today);
        Checks.addressed("goalId", goalId, userId);
        Texts.required("title", title, Texts.TITLE_MAX);
        Texts.optional("description", description, Texts.DESCRIPTION_MAX);
        Texts.optional("category", category, Texts.CATEGORY_MAX);
        priority = priority == null ? GoalPriority.MEDIUM : priority;
    }
}
