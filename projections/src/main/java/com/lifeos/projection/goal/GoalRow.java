package com.lifeos.projection.goal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.api.goal.GoalChangedEvent;
import com.lifeos.api.goal.GoalCreatedEvent;
import com.lifeos.api.goal.GoalPriority;
import com.lifeos.api.goal.GoalStatus;
import com.lifeos.projection.shared.OwnedRow;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** One goal as the "goal" projection keeps it. */
@Entity
@Table(name = "goal")
public class GoalRow extends OwnedRow {

    private String title;
    private String description;
    private String category;
    private LocalDate startDate;
    private LocalDate targetDate;
    private int progress;
    @Enumerated(EnumType.STRING)
    private GoalStatus status;
    @Enumerated(EnumType.STRING)
    private GoalPriority priority;
    /** Sorts high before medium before low. */
    private int priorityRank;

    protected GoalRow() {
    }

    GoalRow(GoalCreatedEvent event, long sequence, Instant at) {
        super(event.goalId(), event.userId(), sequence, at);
        take(event.title(), event.description(), event.category(), event.startDate(), event.targetDate(),
                event.priority());
        status = GoalStatus.ACTIVE;
    }

    void progress(int value, long sequence, Instant at) {
        ifNewer(sequence, at, () -> {
            progress = value;
        });
    }

    void status(GoalStatus value, long sequence, Instant at) {
        ifNewer(sequence, at, () -> {
            status = value;
        });
    }

    void details(GoalChangedEvent event, long sequence, Instant at) {
        ifNewer(sequence, at, () -> take(event.title(), event.description(), event.category(), event.startDate(),
                event.targetDate(), event.priority()));
    }

    /** The details both the creation and a change carry. */
    private void take(String title, String description, String category, LocalDate startDate, LocalDate targetDate,
                      GoalPriority priority) {
        this.title = title;
        this.description = description;
        this.category = category;
        this.startDate = startDate;
        this.targetDate = targetDate;
        this.priority = priority;
        this.priorityRank = rankOf(priority);
    }

    private static int rankOf(GoalPriority priority) {
        return switch (priority) {
            case HIGH -> 0;
            case MEDIUM -> 1;
            case LOW -> 2;
        };
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String category() {
        return category;
    }

    /** The day its owner started on it; null for goals created before start dates were recorded. */
    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate targetDate() {
        return targetDate;
    }

    public int progress() {
        return progress;
    }

    public GoalStatus status() {
        return status;
    }

    public GoalPriority priority() {
        return priority;
    }
}
