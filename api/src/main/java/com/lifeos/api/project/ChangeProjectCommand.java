package com.lifeos.api.project;

import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.api.shared.Checks;
import com.lifeos.api.shared.DateBounds;
import com.lifeos.api.shared.Texts;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A partial change: null fields keep their value. {@code status} may put the project on hold, resume or
 * cancel it; {@code completed} completes it (progress 100). {@code goalId} links the project to another goal
 * ({@code goalOwnerId} as for {@link CreateProjectCommand}); {@code unlinkGoal} removes the link. A new
 * {@code startDate} is never after {@code today} (the caller's today), and start and due date stay in order.
 */
public record ChangeProjectCommand(@TargetAggregateIdentifier UUID projectId, UUID userId, String title,
                                   String description, LocalDate dueDate, ProjectPriority priority,
                                   ProjectStatus status, UUID goalId, UUID goalOwnerId, boolean unlinkGoal,
                                   LocalDate startDate, LocalDate today) {

    public ChangeProjectCommand {
        DateBounds.requirePlan("start_date", startDate, "due_date", dueDate, today);
        Checks.addressed("projectId", projectId, userId);
        Texts.replacement("title", title, Texts.TITLE_MAX);
        Texts.optional("description", description, Texts.DESCRIPTION_MAX);
        if (goalId == null && goalOwnerId != null) {
            throw new IllegalArgumentException("goalOwnerId is only given with a goalId");
        }
        if (goalId != null && unlinkGoal) {
            throw new IllegalArgumentException("a project cannot be linked to a goal and unlinked at once");
        }
    }
}
