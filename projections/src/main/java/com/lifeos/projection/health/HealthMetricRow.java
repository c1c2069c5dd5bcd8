package com.lifeos.projection.health;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.api.health.HealthMetricChangedEvent;
import com.lifeos.api.health.HealthMetricRecordedEvent;
import com.lifeos.projection.shared.SequencedRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One measurement as the "health" projection keeps it: as recorded, with the local day it fell on; notes sealed. */
@Entity
@Table(name = "health_metric")
public class HealthMetricRow extends SequencedRow {

    @Id
    private UUID id;
    private UUID userId;
    private String metricType;
    @Column(name = "metric_value")
    private BigDecimal value;
    private String unit;
    private Instant recordedAt;
    private LocalDate recordedOn;
    private String zone;
    private String notes;

    protected HealthMetricRow() {
    }

    HealthMetricRow(HealthMetricRecordedEvent event, long sequence, Instant at) {
        super(sequence, at);
        id = event.metricId();
        userId = event.userId();
        metricType = event.metricType();
        value = event.value();
        unit = event.unit();
        recordedAt = event.recordedAt();
        recordedOn = event.date();
        zone = event.zone();
        notes = event.notes() == null ? null : event.notes().value();
    }

    void change(HealthMetricChangedEvent event, long sequence, Instant at) {
        ifNewer(sequence, at, () -> {
            metricType = event.metricType();
            value = event.value();
            unit = event.unit();
            recordedAt = event.recordedAt();
            recordedOn = event.date();
            zone = event.zone();
            notes = event.notes() == null ? null : event.notes().value();
        });
    }

    public UUID id() {
        return id;
    }

    public UUID userId() {
        return userId;
    }

    public String metricType() {
        return metricType;
    }

    public BigDecimal value() {
        return value;
    }

    public String unit() {
        return unit;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public LocalDate recordedOn() {
        return recordedOn;
    }

    public String zone() {
        return zone;
    }

    public String notes() {
        return notes;
    }
}
