package com.lifeos.api.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record ProjectView(UUID id, String title, String description, ProjectStatus status, int progress,
                          LocalDate dueDate, ProjectPriority priority, UUID goalId, Instant createdAt,
                          Instant updatedAt) {
}
