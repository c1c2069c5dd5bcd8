package com.lifeos.api.goal;

import java.util.UUID;

import com.lifeos.api.shared.PageRequest;

/** The user's goals, filtered when a filter is present, sorted by {@code sort} (newest first by default). */
public record ListGoalsQuery(UUID userId, GoalStatus status, String category, GoalPriority priority,
                             GoalSort sort, PageRequest page) {
}
