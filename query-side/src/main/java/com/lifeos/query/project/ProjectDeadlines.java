package com.lifeos.query.project;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import com.lifeos.api.project.ProjectAnalyticsView;
import com.lifeos.api.project.ProjectStatus;

/**
 * Which open projects (neither completed nor cancelled) have missed their due date, and which are due soon:
 * today or within the {@value #DUE_SOON_DAYS} days starting today. "Today" is the person's own local date.
 * Lists come most urgent first (earliest due date, then title, then id).
 */
public final class ProjectDeadlines {

    public static final int DUE_SOON_DAYS = 7;

    private static final Comparator<ProjectFacts> MOST_URGENT_FIRST = Comparator
            .comparing(ProjectFacts::dueDate)
            .thenComparing(ProjectFacts::title)
            .thenComparing(facts -> facts.id().toString());

    private ProjectDeadlines() {
    }

    /** Open projects due before today, with the whole days since their due date (1 or more). */
    public static List<ProjectAnalyticsView.Overdue> overdue(List<ProjectFacts> projects, LocalDate today) {
        return open(projects)
                .filter(project -> project.dueDate().isBefore(today))
                .sorted(MOST_URGENT_FIRST)
                .map(project -> new ProjectAnalyticsView.Overdue(project.id(), project.title(), project.dueDate(),
                        ChronoUnit.DAYS.between(project.dueDate(), today)))
                .toList();
    }

    /** Open projects due from today through the sixth day after it, with the days left (0 means today). */
    public static List<ProjectAnalyticsView.DueSoon> dueSoon(List<ProjectFacts> projects, LocalDate today) {
        LocalDate lastDay = today.plusDays(DUE_SOON_DAYS - 1);
        return open(projects)
                .filter(project -> !project.dueDate().isBefore(today) && !project.dueDate().isAfter(lastDay))
                .sorted(MOST_URGENT_FIRST)
                .map(project -> new ProjectAnalyticsView.DueSoon(project.id(), project.title(), project.dueDate(),
                        ChronoUnit.DAYS.between(today, project.dueDate())))
                .toList();
    }

    private static Stream<ProjectFacts> open(List<ProjectFacts> projects) {
        return projects.stream()
                .filter(project -> project.dueDate() != null)
                .filter(project -> project.status() != ProjectStatus.COMPLETED
                        && project.status() != ProjectStatus.CANCELLED);
    }
}
