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
import com.lifeos.query.shared.OwnedRowViews;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

@Component
class ProjectQueryHandler extends OwnedRowViews<ProjectRows, ProjectRow, ProjectView> {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id"));

    ProjectQueryHandler(ProjectRows projects) {
        super(projects, ProjectRow.class);
    }

    @QueryHandler
    Optional<ProjectView> handle(FindProjectQuery query) {
        return find(query.projectId(), query.userId());
    }

    @QueryHandler
    ProjectPage handle(ListProjectsQuery query) {
        return page(ownedBy(query.userId())
                        .equal("status", query.status())
                        .equal("priority", query.priority())
                        .equal("goalId", query.goalId()),
                query.page(), NEWEST_FIRST, ProjectPage::new);
    }

    @QueryHandler
    ProjectAnalyticsView handle(FindProjectAnalyticsQuery query) {
        List<ProjectFacts> facts = rows().findByUserId(query.userId()).stream()
                .map(row -> new ProjectFacts(row.id(), row.title(), row.status(), row.progress(), row.dueDate(),
                        row.goalId()))
                .toList();
        return ProjectAnalytics.of(facts, query.calendar().today());
    }

    @Override
    protected ProjectView view(ProjectRow row) {
        return new ProjectView(row.id(), row.title(), row.description(), row.status(), row.progress(),
                row.startDate(), row.dueDate(), row.priority(), row.goalId(), row.createdAt(), row.updatedAt());
    }
}
