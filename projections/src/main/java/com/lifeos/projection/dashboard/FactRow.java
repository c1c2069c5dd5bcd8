package com.lifeos.projection.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
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
public class FactRow extends AreaRow<FactRow> {

    private UUID subjectId;
    private LocalDate factDate;
    private Instant occurredAt;
    private BigDecimal weight;

    protected FactRow() {
    }

    FactRow(UUID id, UUID userId, String area, UUID subjectId, long sequence, Instant at) {
        super(id, userId, area, null, sequence, at);
        this.subjectId = subjectId;
    }

    FactRow on(LocalDate date, Instant occurred) {
        factDate = date;
        occurredAt = occurred;
        return this;
    }

    FactRow amount(BigDecimal value) {
        return amount(value, currency(), unit());
    }

    FactRow weight(BigDecimal value) {
        weight = value;
        return this;
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

    public BigDecimal weight() {
        return weight;
    }
}
