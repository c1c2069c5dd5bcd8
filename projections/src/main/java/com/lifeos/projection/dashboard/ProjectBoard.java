package com.lifeos.projection.dashboard;

import com.lifeos.api.project.ProjectChangedEvent;
import com.lifeos.api.project.ProjectCompletedEvent;
import com.lifeos.api.project.ProjectCreatedEvent;
import com.lifeos.api.project.ProjectDeletedEvent;
import com.lifeos.api.project.ProjectLinkedToGoalEvent;
import com.lifeos.api.project.ProjectProgressUpdatedEvent;
import com.lifeos.api.project.ProjectReopenedEvent;
import com.lifeos.api.project.ProjectStatusChangedEvent;
import com.lifeos.api.project.ProjectUnlinkedFromGoalEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** Projects on the dashboard: title, due date, progress and state; links to goals are told in the feed only. */
@Component
@ProcessingGroup(Areas.GROUP)
class ProjectBoard extends ProgressBoard {

    ProjectBoard(DashboardRows rows, ActivityFeed feed) {
        super(Areas.PROJECTS, "project", rows, feed);
    }

    @EventHandler
    void on(ProjectCreatedEvent e, DomainEventMessage<?> m) {
        create(e.projectId(), e.userId(), m, e.title(),
                row -> row.status(ProjectState.ACTIVE).dueDate(e.dueDate()));
    }

    @EventHandler
    void on(ProjectChangedEvent e, DomainEventMessage<?> m) {
        change(e.projectId(), e.userId(), m, e.title(), row -> row.dueDate(e.dueDate()));
    }

    @EventHandler
    void on(ProjectProgressUpdatedEvent e, DomainEventMessage<?> m) {
        progress(e.projectId(), e.userId(), m, e.progress());
    }

    @EventHandler
    void on(ProjectStatusChangedEvent e, DomainEventMessage<?> m) {
        status(e.projectId(), e.userId(), m, ProjectState.valueOf(e.status().name()));
    }

    @EventHandler
    void on(ProjectCompletedEvent e, DomainEventMessage<?> m) {
        status(e.projectId(), e.userId(), m, ProjectState.COMPLETED);
    }

    @EventHandler
    void on(ProjectReopenedEvent e, DomainEventMessage<?> m) {
        status(e.projectId(), e.userId(), m, ProjectState.ACTIVE);
    }

    @EventHandler
    void on(ProjectDeletedEvent e, DomainEventMessage<?> m) {
        delete(e.projectId(), e.userId(), m);
    }

    @EventHandler
    void on(ProjectLinkedToGoalEvent e, DomainEventMessage<?> m) {
        link(e.projectId(), e.userId(), m, e.goalId());
    }

    @EventHandler
    void on(ProjectUnlinkedFromGoalEvent e, DomainEventMessage<?> m) {
        link(e.projectId(), e.userId(), m, e.goalId());
    }
}
