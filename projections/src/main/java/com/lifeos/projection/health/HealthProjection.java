package com.lifeos.projection.health;

import java.time.Instant;

import com.lifeos.api.health.HealthMetricChangedEvent;
import com.lifeos.api.health.HealthMetricDeletedEvent;
import com.lifeos.api.health.HealthMetricRecordedEvent;
import com.lifeos.projection.shared.PersonalProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/** Keeps the health metric table; every handler is safe to apply twice. */
@Component
@ProcessingGroup("health")
class HealthProjection extends PersonalProjection<HealthMetricRows> {

    HealthProjection(HealthMetricRows metrics) {
        super(metrics);
    }

    @EventHandler
    void on(HealthMetricRecordedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.insertIfAbsent(new HealthMetricRow(event, sequence, at));
    }

    @EventHandler
    void on(HealthMetricChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.findOwned(event.metricId(), event.userId()).ifPresent(row -> row.change(event, sequence, at));
    }

    @EventHandler
    void on(HealthMetricDeletedEvent event) {
        rows.findOwned(event.metricId(), event.userId()).ifPresent(rows::delete);
    }
}
