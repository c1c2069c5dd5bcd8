package com.lifeos.projection.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.api.project.ProjectChangedEvent;
import com.lifeos.api.project.ProjectCreatedEvent;
import com.lifeos.api.project.ProjectPriority;
import com.lifeos.api.project.ProjectStatus;
import com.lifeos.projection.shared.OwnedRow;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** One project as the "project" projection keeps it. */
@Entity
@Table(name = "project")
public class ProjectRow extends OwnedRow {

    private String title;
    private String description;
    @Enumerated(EnumType.STRING)
    private ProjectStatus status;
    private int progress;
    private LocalDate startDate;
    private LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    private ProjectPriority priority;
    private UUID goalId;

    protected ProjectRow() {
    }

    ProjectRow(ProjectCreatedEvent event, long sequence, Instant at) {
        super(event.projectId(), event.userId(), sequence, at);
        take(event.title(), event.description(), event.startDate(), event.dueDate(), event.priority());
        status = ProjectStatus.ACTIVE;
        goalId = event.goalId();
    }

    void details(ProjectChangedEvent event, long sequence, Instant at) {
        ifNewer(sequence, at, () -> take(event.title(), event.description(), event.startDate(), event.dueDate(),
                event.priority()));
    }

    /** The details both the creation and a change carry. */
    private void take(String title, String description, LocalDate startDate, LocalDate dueDate,
                      ProjectPriority priority) {
        this.title = title;
        this.description = description;
        this.startDate = startDate;
        this.dueDate = dueDate;
        this.priority = priority;
    }

    void goal(UUID value, long sequence, Instant at) {
        ifNewer(sequence, at, () -> {
            goalId = value;
        });
    }

    void progress(int value, long sequence, Instant at) {
        ifNewer(sequence, at, () -> {
            progress = value;
        });
    }

    void status(ProjectStatus value, long sequence, Instant at) {
        ifNewer(sequence, at, () -> {
            status = value;
        });
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public ProjectStatus status() {
        return status;
    }

    public int progress() {
        return progress;
    }

    /** The day its owner started on it; null for projects created before start dates were recorded. */
    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public ProjectPriority priority() {
        return priority;
    }

    public UUID goalId() {
        return goalId;
    }
}
