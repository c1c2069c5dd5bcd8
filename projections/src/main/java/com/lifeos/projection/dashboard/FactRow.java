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
 * One dated fact the dashboard counts: a check-in, a financial record, a measurement, a learning session, a
 * time entry, a journal entry, a contact. Scores and totals over a range read only the facts of that range, so a
 * dashboard read costs the same after one month or five years of history. {@code amount} is the fact's size
 * (money, minutes, a measured value, a mood), {@code weight} a second number where one exists (a productivity
 * score, a progress); {@code label} its category.
 */
@Entity
@Table(name = "dashboard_fact")
public class FactRow extends SequencedRow implements Owned {

    @Id
    private UUID id;
    private UUID userId;
    private String area;
    private String kind;
    private UUID subjectId;
    private LocalDate factDate;
    private Instant occurredAt;
    private BigDecimal amount;
    private BigDecimal weight;
    private String label;
    private String currency;
    private String unit;

    protected FactRow() {
    }

    FactRow(UUID id, UUID userId, String area, UUID subjectId, long sequence, Instant at) {
        super(sequence, at);
        this.id = id;
        this.userId = userId;
        this.area = area;
        this.subjectId = subjectId;
    }

    void change(long sequence, Instant at, Consumer<FactRow> change) {
        ifNewer(sequence, at, () -> change.accept(this));
    }

    FactRow kind(String value) {
        kind = value;
        return this;
    }

    FactRow on(LocalDate date, Instant occurred) {
        factDate = date;
        occurredAt = occurred;
        return this;
    }

    FactRow amount(BigDecimal value) {
        amount = value;
        return this;
    }

    FactRow weight(BigDecimal value) {
        weight = value;
        return this;
    }

    FactRow label(String value) {
        label = value;
        return this;
    }

    FactRow currency(String value) {
        currency = value;
        return this;
    }

    FactRow unit(String value) {
        unit = value;
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

    public UUID subjectId() {
        return subjectId;
    }

    public LocalDate factDate() {
        return factDate;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public BigDecimal amount() {
        return amount;
    }

    public BigDecimal weight() {
        return weight;
    }

    public String label() {
        return label;
    }

    public String currency() {
        return currency;
    }

    public String unit() {
        return unit;
    }
}
