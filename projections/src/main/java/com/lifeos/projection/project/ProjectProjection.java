package com.lifeos.projection.project;

import java.time.Instant;

import com.lifeos.api.project.ProjectChangedEvent;
import com.lifeos.api.project.ProjectCompletedEvent;
import com.lifeos.api.project.ProjectCreatedEvent;
import com.lifeos.api.project.ProjectDeletedEvent;
import com.lifeos.api.project.ProjectLinkedToGoalEvent;
import com.lifeos.api.project.ProjectProgressUpdatedEvent;
import com.lifeos.api.project.ProjectReopenedEvent;
import com.lifeos.api.project.ProjectStatus;
import com.lifeos.api.project.ProjectStatusChangedEvent;
import com.lifeos.api.project.ProjectUnlinkedFromGoalEvent;
import com.lifeos.projection.shared.PersonalProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Keeps the project table; every handler is safe to apply twice. Progress notes stay in the event log
 * only (sealed): no read model shows them.
 */
@Component
@ProcessingGroup("project")
class ProjectProjection extends PersonalProjection<ProjectRows> {

    ProjectProjection(ProjectRows projects) {
        super(projects);
    }

    @EventHandler
    void on(ProjectCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.insertIfAbsent(new ProjectRow(event, sequence, at));
    }

    @EventHandler
    void on(ProjectChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.findOwned(event.projectId(), event.userId()).ifPresent(row -> row.details(event, sequence, at));
    }

    @EventHandler
    void on(ProjectLinkedToGoalEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.findOwned(event.projectId(), event.userId()).ifPresent(row -> row.goal(event.goalId(), sequence, at));
    }

    @EventHandler
    void on(ProjectUnlinkedFromGoalEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.findOwned(event.projectId(), event.userId()).ifPresent(row -> row.goal(null, sequence, at));
    }

    @EventHandler
    void on(ProjectProgressUpdatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.findOwned(event.projectId(), event.userId())
                .ifPresent(row -> row.progress(event.progress(), sequence, at));
    }

    @EventHandler
    void on(ProjectCompletedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.findOwned(event.projectId(), event.userId())
                .ifPresent(row -> row.status(ProjectStatus.COMPLETED, sequence, at));
    }

    @EventHandler
    void on(ProjectReopenedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.findOwned(event.projectId(), event.userId())
                .ifPresent(row -> row.status(ProjectStatus.ACTIVE, sequence, at));
    }

    @EventHandler
    void on(ProjectStatusChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.findOwned(event.projectId(), event.userId())
                .ifPresent(row -> row.status(event.status(), sequence, at));
    }

    @EventHandler
    void on(ProjectDeletedEvent event) {
        rows.findOwned(event.projectId(), event.userId()).ifPresent(rows::delete);
    }
}
