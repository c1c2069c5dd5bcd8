package com.lifeos.api.project;

import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.api.shared.Checks;
import com.lifeos.api.shared.DateBounds;
import com.lifeos.api.shared.Texts;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Creates a project, optionally linked to a goal. {@code goalOwnerId} is the owner of {@code goalId} as the
 * sender found it (null when it found no such goal); only a goal of the project's own user may be linked.
 * {@code startDate} is the day its owner started on it (null: the creation day); it is never after the due date
 * nor after {@code today}, the caller's today (the aggregate has no clock).
 */
public record CreateProjectCommand(@TargetAggregateIdentifier UUID projectId, UUID userId, String title,
                                   String description, LocalDate dueDate, ProjectPriority priority, UUID goalId,
                                   UUID goalOwnerId, LocalDate startDate, LocalDate today) {

    public CreateProjectCommand {
        DateBounds.requirePlan("start_date", startDate, "due_date", dueDate, today);
        Checks.addressed("projectId", projectId, userId);
        Texts.required("title", title, Texts.TITLE_MAX);
        Texts.optional("description", description, Texts.DESCRIPTION_MAX);
        priority = priority == null ? ProjectPriority.MEDIUM : priority;
        if (goalId == null && goalOwnerId != null) {
            throw new IllegalArgumentException("goalOwnerId is only given with a goalId");
        }
    }
}
