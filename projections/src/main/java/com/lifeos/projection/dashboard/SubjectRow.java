package com.lifeos.projection.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * Something with a current state the dashboard shows: a habit, goal, project, contact or budget, or the latest
 * value of a health metric or mood. One table for all areas, so the overview reads every subject of a user in
 * one query; each area uses the columns it needs ({@code area} and {@code kind} say which) and leaves the rest null.
 * The status is the name of the area's own state ({@link HabitState}, {@link GoalState}, ...); every one of them
 * has {@value #DELETED}, which keeps a deleted subject's title for the activity feed and hides it everywhere else.
 */
@Entity
@Table(name = "dashboard_subject")
public class SubjectRow extends AreaRow<SubjectRow> {

    static final String DELETED = "DELETED";

    private String title;
    private String status;
    private Integer progress;
    private String frequency;
    private Integer targetPerWeek;
    private String daysOfWeek;
    private LocalDate startDate;
    private LocalDate dueDate;
    private String sealedName;
    private Integer everyDays;
    private Instant recordedAt;
    private UUID sourceId;

    protected SubjectRow() {
    }

    SubjectRow(UUID id, UUID userId, String area, String kind, long sequence, Instant at) {
        super(id, userId, area, kind, sequence, at);
    }

    /**
     * Shows the latest fact of a kind (a measurement, a journal entry). Such a subject follows many streams, so no
     * one sequence guards it: it is recomputed from the facts after each of their changes, which is idempotent.
     */
    void latest(FactRow fact, String shownTitle) {
        title = shownTitle;
        startDate = fact.factDate();
        label(fact.label()).amount(fact.amount(), null, fact.unit());
        recordedAt = fact.occurredAt();
        sourceId = fact.id();
    }

    SubjectRow title(String value) {
        title = value;
        return this;
    }

    SubjectRow status(Enum<?> value) {
        status = value.name();
        return this;
    }

    void markDeleted() {
        status = DELETED;
    }

    SubjectRow progress(Integer value) {
        progress = value;
        return this;
    }

    SubjectRow rhythm(String frequency, Integer targetPerWeek, String daysOfWeek) {
        this.frequency = frequency;
        this.targetPerWeek = targetPerWeek;
        this.daysOfWeek = daysOfWeek;
        return this;
    }

    SubjectRow startDate(LocalDate value) {
        startDate = value;
        return this;
    }

    SubjectRow dueDate(LocalDate value) {
        dueDate = value;
        return this;
    }

    SubjectRow sealedName(String value) {
        sealedName = value;
        return this;
    }

    SubjectRow everyDays(Integer value) {
        everyDays = value;
        return this;
    }

    public String title() {
        return title;
    }

    /** The subject's state in its area's terms; null for a subject without one (the latest of a log). */
    public <S extends Enum<S>> S status(Class<S> type) {
        return status == null ? null : Enum.valueOf(type, status);
    }

    public boolean deleted() {
        return DELETED.equals(status);
    }

    public Integer progress() {
        return progress;
    }

    public String frequency() {
        return frequency;
    }

    public Integer targetPerWeek() {
        return targetPerWeek;
    }

    public String daysOfWeek() {
        return daysOfWeek;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public String sealedName() {
        return sealedName;
    }

    public Integer everyDays() {
        return everyDays;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public UUID sourceId() {
        return sourceId;
    }
}
