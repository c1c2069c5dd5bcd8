package com.lifeos.projection.health;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.api.health.HealthMetricChangedEvent;
import com.lifeos.api.health.HealthMetricRecordedEvent;
import com.lifeos.api.shared.SealedText;
import com.lifeos.projection.shared.OwnedRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One measurement as the "health" projection keeps it: as recorded, with the local day it fell on; notes sealed. */
@Entity
@Table(name = "health_metric")
public class HealthMetricRow extends OwnedRow {

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
        super(event.metricId(), event.userId(), sequence, at);
        take(event.metricType(), event.value(), event.unit(), event.recordedAt(), event.date(), event.zone(),
                event.notes());
    }

    void change(HealthMetricChangedEvent event, long sequence, Instant at) {
        ifNewer(sequence, at, () -> take(event.metricType(), event.value(), event.unit(), event.recordedAt(),
                event.date(), event.zone(), event.notes()));
    }

    /** Both events carry the measurement's whole state. */
    private void take(String metricType, BigDecimal value, String unit, Instant recordedAt, LocalDate recordedOn,
                      String zone, SealedText notes) {
        this.metricType = metricType;
        this.value = value;
        this.unit = unit;
        this.recordedAt = recordedAt;
        this.recordedOn = recordedOn;
        this.zone = zone;
        this.notes = notes == null ? null : notes.value();
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
