package com.lifeos.query.project;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.lifeos.api.project.ProjectAnalyticsView;
import com.lifeos.api.project.ProjectStatus;

/**
 * How a person's projects stand: counts for every status (zero included), the deadlines of
 * {@link ProjectDeadlines}, the average progress of active projects, and per linked goal how many
 * projects serve it and their average progress (whatever their status). Averages have two decimals.
 */
public final class ProjectAnalytics {

    private ProjectAnalytics() {
    }

    public static ProjectAnalyticsView of(List<ProjectFacts> projects, LocalDate today) {
        Map<ProjectStatus, Integer> byStatus = new EnumMap<>(ProjectStatus.class);
        for (ProjectStatus status : ProjectStatus.values()) {
            byStatus.put(status, 0);
        }
        Map<String, List<ProjectFacts>> byGoal = new TreeMap<>();
        for (ProjectFacts project : projects) {
            byStatus.merge(project.status(), 1, Integer::sum);
            if (project.goalId() != null) {
                byGoal.computeIfAbsent(project.goalId().toString(), goal -> new ArrayList<>()).add(project);
            }
        }
        List<ProjectAnalyticsView.GoalShare> goalShares = byGoal.entrySet().stream()
                .map(entry -> new ProjectAnalyticsView.GoalShare(UUID.fromString(entry.getKey()),
                        entry.getValue().size(), averageProgress(entry.getValue())))
                .toList();
        List<ProjectFacts> active = projects.stream().filter(p -> p.status() == ProjectStatus.ACTIVE).toList();
        return new ProjectAnalyticsView(projects.size(), byStatus, ProjectDeadlines.overdue(projects, today),
                ProjectDeadlines.dueSoon(projects, today), averageProgress(active), goalShares);
    }

    /** The mean progress, half-up to two decimals; null for no projects. */
    static BigDecimal averageProgress(List<ProjectFacts> projects) {
        if (projects.isEmpty()) {
            return null;
        }
        long sum = projects.stream().mapToLong(ProjectFacts::progress).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(projects.size()), 2, RoundingMode.HALF_UP);
    }
}
