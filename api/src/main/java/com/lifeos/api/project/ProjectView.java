package com.lifeos.api.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** {@code startDate} is null only for projects created before start dates were recorded. */
public record ProjectView(UUID id, String title, String description, ProjectStatus status, int progress,
                          LocalDate startDate, LocalDate dueDate, ProjectPriority priority, UUID goalId,
                          Instant createdAt, Instant updatedAt) {
}
