package com.lifeos.projection.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.api.time.TimeEntryChangedEvent;
import com.lifeos.api.time.TimeEntryCreatedEvent;
import com.lifeos.api.time.TimeEntryDeletedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** Time on the dashboard: minutes on the entry's local date, weighted by its productivity score. */
@Component
@ProcessingGroup(Areas.GROUP)
class TimeBoard extends Board {

    TimeBoard(DashboardRows rows, ActivityFeed feed) {
        super(rows, feed);
    }

    @EventHandler
    void on(TimeEntryCreatedEvent e, DomainEventMessage<?> m) {
        entry(m, e.entryId(), e.userId(), e.category(), e.durationMinutes(), e.productivityScore(), e.date(),
                e.startTime());
        feed.tell(m, e.userId(), Areas.TIME, e.entryId(), line -> line.title(e.activity())
                .amount(BigDecimal.valueOf(e.durationMinutes())).on(e.date(), e.zone()));
    }

    @EventHandler
    void on(TimeEntryChangedEvent e, DomainEventMessage<?> m) {
        entry(m, e.entryId(), e.userId(), e.category(), e.durationMinutes(), e.productivityScore(), e.date(),
                e.startTime());
        feed.tell(m, e.userId(), Areas.TIME, e.entryId(), line -> line.title(e.activity()));
    }

    @EventHandler
    void on(TimeEntryDeletedEvent e, DomainEventMessage<?> m) {
        rows.removeFact(e.entryId(), e.userId());
        feed.tell(m, e.userId(), Areas.TIME, e.entryId());
    }

    private void entry(DomainEventMessage<?> m, UUID id, UUID userId, String category, int minutes, Integer score,
                       LocalDate date, Instant start) {
        rows.fact(id, userId, Areas.TIME, null, m, row -> row.kind("entry").label(category)
                .on(date, start != null ? start : m.getTimestamp()).amount(BigDecimal.valueOf(minutes))
                .weight(score == null ? null : BigDecimal.valueOf(score)));
    }
}
