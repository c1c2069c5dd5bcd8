package com.lifeos.projection.dashboard;

import java.util.Optional;

import com.lifeos.api.health.HealthMetricChangedEvent;
import com.lifeos.api.health.HealthMetricDeletedEvent;
import com.lifeos.api.health.HealthMetricRecordedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** Health on the dashboard: every reading is a dated fact; the latest of each type is a subject, titled by it. */
@Component
@ProcessingGroup(Areas.GROUP)
class HealthBoard extends Board {

    HealthBoard(DashboardRows rows, ActivityFeed feed) {
        super(rows, feed);
    }

    @EventHandler
    void on(HealthMetricRecordedEvent e, DomainEventMessage<?> m) {
        rows.fact(e.metricId(), e.userId(), Areas.HEALTH, null, m, row -> row.kind(e.metricType())
                        .amount(e.value(), null, e.unit()).on(e.date(), e.recordedAt()))
                .ifPresent(fact -> rows.latestAfterChange(fact, e.metricType(), m.getTimestamp()));
        feed.tell(m, e.userId(), Areas.HEALTH, e.metricId(), line -> line.label(e.metricType()).amount(e.value())
                .unit(e.unit()));
    }

    @EventHandler
    void on(HealthMetricChangedEvent e, DomainEventMessage<?> m) {
        Optional<String> typeBefore = rows.findFact(e.metricId(), e.userId()).map(FactRow::kind);
        rows.fact(e.metricId(), e.userId(), Areas.HEALTH, null, m, row -> row.kind(e.metricType())
                .amount(e.value(), null, e.unit()).on(e.date(), e.recordedAt())).ifPresent(fact -> {
                    rows.latestAfterChange(fact, e.metricType(), m.getTimestamp());
                    typeBefore.filter(type -> !type.equals(fact.kind())).ifPresent(type ->
                            rows.latestAfterRemoval(fact.userId(), Areas.HEALTH, type, fact.id(), type));
                });
        feed.tell(m, e.userId(), Areas.HEALTH, e.metricId(), line -> line.label(e.metricType()));
    }

    @EventHandler
    void on(HealthMetricDeletedEvent e, DomainEventMessage<?> m) {
        rows.removeFact(e.metricId(), e.userId()).ifPresent(row ->
                rows.latestAfterRemoval(e.userId(), Areas.HEALTH, row.kind(), row.id(), row.kind()));
        feed.tell(m, e.userId(), Areas.HEALTH, e.metricId());
    }
}
