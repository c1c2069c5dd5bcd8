package com.lifeos.api.project;

import java.util.UUID;

import com.lifeos.api.shared.PageRequest;

/** The user's projects, newest first, filtered by each filter that is present. */
public record ListProjectsQuery(UUID userId, ProjectStatus status, ProjectPriority priority, UUID goalId,
                                PageRequest page) {
}
