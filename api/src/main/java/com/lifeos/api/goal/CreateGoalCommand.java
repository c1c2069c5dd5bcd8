package com.lifeos.api.goal;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import com.lifeos.api.shared.DateBounds;
import com.lifeos.api.shared.Texts;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CreateGoalCommand(@TargetAggregateIdentifier UUID goalId, UUID userId, String title,
                                String description, String category, LocalDate targetDate,
                                GoalPriority priority) {

    public CreateGoalCommand {
        DateBounds.require("target_date", targetDate);
        Objects.requireNonNull(goalId, "goalId");
        Objects.requireNonNull(userId, "userId");
        Texts.required("title", title, Texts.TITLE_MAX);
        Texts.optional("description", description, Texts.DESCRIPTION_MAX);
        Texts.optional("category", category, Texts.CATEGORY_MAX);
        priority = priority == null ? GoalPriority.MEDIUM : priority;
    }
}
