package com.lifeos.query.project;

import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.api.project.ProjectStatus;

/** What the analytics need to know of one project; {@code dueDate} and {@code goalId} may be null. */
public record ProjectFacts(UUID id, String title, ProjectStatus status, int progress, LocalDate dueDate,
                           UUID goalId) {
}
