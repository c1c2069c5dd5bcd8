package com.lifeos.query.project;

import java.util.List;
import java.util.Optional;

import com.lifeos.api.project.FindProjectAnalyticsQuery;
import com.lifeos.api.project.FindProjectQuery;
import com.lifeos.api.project.ListProjectsQuery;
import com.lifeos.api.project.ProjectAnalyticsView;
import com.lifeos.api.project.ProjectPage;
import com.lifeos.api.project.ProjectView;
import com.lifeos.projection.project.ProjectRow;
import com.lifeos.projection.project.ProjectRows;
import com.lifeos.query.shared.Filters;
import com.lifeos.query.shared.Pages;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

@Component
class ProjectQueryHandler {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id"));

    private final ProjectRows projects;

    ProjectQueryHandler(ProjectRows projects) {
        this.projects = projects;
    }

    @QueryHandler
    Optional<ProjectView> handle(FindProjectQuery query) {
        return projects.findByIdAndUserId(query.projectId(), query.userId()).map(ProjectQueryHandler::view);
    }

    @QueryHandler
    ProjectPage handle(ListProjectsQuery query) {
        return Pages.of(projects, Filters.ownedBy(ProjectRow.class, query.userId())
                        .equal("status", query.status())
                        .equal("priority", query.priority())
                        .equal("goalId", query.goalId())
                        .toSpecification(),
                query.page(), NEWEST_FIRST, ProjectQueryHandler::view, ProjectPage::new);
    }

    @QueryHandler
    ProjectAnalyticsView handle(FindProjectAnalyticsQuery query) {
        List<ProjectFacts> facts = projects.findByUserId(query.userId()).stream()
                .map(row -> new ProjectFacts(row.id(), row.title(), row.status(), row.progress(), row.dueDate(),
                        row.goalId()))
                .toList();
        return ProjectAnalytics.of(facts, query.calendar().today());
    }

    static ProjectView view(ProjectRow row) {
        return new ProjectView(row.id(), row.title(), row.description(), row.status(), row.progress(),
                row.startDate(), row.dueDate(), row.priority(), row.goalId(), row.createdAt(), row.updatedAt());
    }
}
