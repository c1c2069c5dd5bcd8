package com.lifeos.api.project;

import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.api.shared.Owned;
import com.lifeos.api.shared.PersonalText;

/**
 * A new project, active at 0 %; {@code goalId} is the owner's goal it serves, or null. {@code startDate} is the
 * day its owner started on it (null in projects created before start dates were recorded).
 */
public record ProjectCreatedEvent(UUID projectId, UUID userId, @PersonalText String title,
                                  @PersonalText String description, LocalDate dueDate, ProjectPriority priority,
                                  UUID goalId, LocalDate startDate) implements Owned {
}
