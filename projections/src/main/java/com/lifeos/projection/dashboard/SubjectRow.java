package com.lifeos.projection.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;

import com.lifeos.projection.shared.Owned;
import com.lifeos.projection.shared.SequencedRow;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Something with a current state the dashboard shows: a habit, goal, project, contact or budget, or the latest
 * value of a health metric or mood. One table for all areas, so the overview reads every subject of a user in
 * one query; each area uses the columns it needs ({@code area} and {@code kind} say which) and leaves the rest null.
 */
@Entity
@Table(name = "dashboard_subject")
public class SubjectRow extends SequencedRow implements Owned {

    @Id
    private UUID id;
    private UUID userId;
    private String area;
    private String kind;
    private String title;
    private String label;
    private String status;
    private Integer progress;
    private String frequency;
    private Integer targetPerWeek;
    private String daysOfWeek;
    private LocalDate startDate;
    private LocalDate dueDate;
    private BigDecimal amount;
    private String currency;
    private String unit;
    private String sealedName;
    private Integer everyDays;
    private Instant recordedAt;
    private UUID sourceId;

    protected SubjectRow() {
    }

    SubjectRow(UUID id, UUID userId, String area, String kind, long sequence, Instant at) {
        super(sequence, at);
        this.id = id;
        this.userId = userId;
        this.area = area;
        this.kind = kind;
    }

    /**
     * Shows the latest fact of a kind (a measurement, a journal entry). Such a subject follows many streams, so no
     * one sequence guards it: it is recomputed from the facts after each of their changes, which is idempotent.
     */
    void latest(FactRow fact, String title) {
        this.title = title;
        startDate = fact.factDate();
        label = fact.label();
        amount = fact.amount();
        unit = fact.unit();
        recordedAt = fact.occurredAt();
        sourceId = fact.id();
    }

    /** Applies a change that belongs to this subject's own event stream, once. */
    void change(long sequence, Instant at, Consumer<SubjectRow> change) {
        ifNewer(sequence, at, () -> change.accept(this));
    }

    SubjectRow title(String value) {
        title = value;
        return this;
    }

    SubjectRow label(String value) {
        label = value;
        return this;
    }

    SubjectRow status(String value) {
        status = value;
        return this;
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

    SubjectRow amount(BigDecimal value, String currency, String unit) {
        this.amount = value;
        this.currency = currency;
        this.unit = unit;
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

    SubjectRow recorded(Instant at, UUID source) {
        recordedAt = at;
        sourceId = source;
        return this;
    }

    public UUID id() {
        return id;
    }

    @Override
    public UUID userId() {
        return userId;
    }

    public String area() {
        return area;
    }

    public String kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String label() {
        return label;
    }

    public String status() {
        return status;
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

    public BigDecimal amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    public String unit() {
        return unit;
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
