package com.lifeos.api.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How a person's projects stand on their today. {@code overdue} and {@code dueSoon} list open projects
 * (neither completed nor cancelled): due before today, or due today or within the six days after it.
 * {@code averageProgress} is over active projects (null with none); {@code byGoal} has one entry per linked goal.
 */
public record ProjectAnalyticsView(int totalProjects, Map<ProjectStatus, Integer> byStatus, List<Overdue> overdue,
                                   List<DueSoon> dueSoon, BigDecimal averageProgress, List<GoalShare> byGoal) {

    public record Overdue(UUID id, String title, LocalDate dueDate, long daysOverdue) {
    }

    public record DueSoon(UUID id, String title, LocalDate dueDate, long daysLeft) {
    }

    /** The projects linked to one goal: how many, and their average progress (all statuses). */
    public record GoalShare(UUID goalId, int projects, BigDecimal averageProgress) {
    }
}
