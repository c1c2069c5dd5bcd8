package com.lifeos.projection.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.api.project.ProjectChangedEvent;
import com.lifeos.api.project.ProjectCreatedEvent;
import com.lifeos.api.project.ProjectPriority;
import com.lifeos.api.project.ProjectStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One project as the "projects" projection keeps it; {@code lastSequence} makes every update idempotent. */
@Entity
@Table(name = "project")
public class ProjectRow {

    @Id
    private UUID id;
    private UUID userId;
    private String title;
    private String description;
    @Enumerated(EnumType.STRING)
    private ProjectStatus status;
    private int progress;
    private LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    private ProjectPriority priority;
    private UUID goalId;
    private Instant createdAt;
    private Instant updatedAt;
    private long lastSequence;

    protected ProjectRow() {
    }

    ProjectRow(ProjectCreatedEvent event, long sequence, Instant at) {
        id = event.projectId();
        userId = event.userId();
        title = event.title();
        description = event.description();
        status = ProjectStatus.ACTIVE;
        dueDate = event.dueDate();
        priority = event.priority();
        goalId = event.goalId();
        createdAt = at;
        updatedAt = at;
        lastSequence = sequence;
    }

    void details(ProjectChangedEvent event, long sequence, Instant at) {
        if (sequence > lastSequence) {
            title = event.title();
            description = event.description();
            dueDate = event.dueDate();
            priority = event.priority();
            touch(sequence, at);
        }
    }

    void goal(UUID value, long sequence, Instant at) {
        if (sequence > lastSequence) {
            goalId = value;
            touch(sequence, at);
        }
    }

    void progress(int value, long sequence, Instant at) {
        if (sequence > lastSequence) {
            progress = value;
            touch(sequence, at);
        }
    }

    void status(ProjectStatus value, long sequence, Instant at) {
        if (sequence > lastSequence) {
            status = value;
            touch(sequence, at);
        }
    }

    private void touch(long sequence, Instant at) {
        lastSequence = sequence;
        updatedAt = at;
    }

    public UUID id() {
        return id;
    }

    public UUID userId() {
        return userId;
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

    public LocalDate dueDate() {
        return dueDate;
    }

    public ProjectPriority priority() {
        return priority;
    }

    public UUID goalId() {
        return goalId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
