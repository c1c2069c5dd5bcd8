package com.lifeos.projection.dashboard;

import java.math.BigDecimal;
import java.time.Instant;

import com.lifeos.api.learning.LearningSessionChangedEvent;
import com.lifeos.api.learning.LearningSessionDeletedEvent;
import com.lifeos.api.learning.LearningSessionDetails;
import com.lifeos.api.learning.LearningSessionLoggedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** Learning on the dashboard: every session as a dated fact of minutes, with its progress and platform. */
@Component
@ProcessingGroup(Areas.GROUP)
class LearningBoard extends Board {

    LearningBoard(DashboardRows rows, ActivityFeed feed) {
        super(rows, feed);
    }

    @EventHandler
    void on(LearningSessionLoggedEvent e, DomainEventMessage<?> m) {
        rows.fact(e.sessionId(), e.userId(), Areas.LEARNING, null, m, row -> session(row, e.details(), m.getTimestamp()));
        feed.tell(m, e.userId(), Areas.LEARNING, e.sessionId(), line -> line.title(e.details().courseName())
                .amount(BigDecimal.valueOf(e.details().durationMinutes())).label(e.details().platform()));
    }

    @EventHandler
    void on(LearningSessionChangedEvent e, DomainEventMessage<?> m) {
        rows.fact(e.sessionId(), e.userId(), Areas.LEARNING, null, m, row -> session(row, e.details(), row.occurredAt()));
        feed.tell(m, e.userId(), Areas.LEARNING, e.sessionId(), line -> line.title(e.details().courseName()));
    }

    @EventHandler
    void on(LearningSessionDeletedEvent e, DomainEventMessage<?> m) {
        rows.removeFact(e.sessionId(), e.userId());
        feed.tell(m, e.userId(), Areas.LEARNING, e.sessionId());
    }

    private static void session(FactRow row, LearningSessionDetails details, Instant at) {
        row.kind("session").label(details.platform()).on(details.sessionDate(), at)
                .amount(BigDecimal.valueOf(details.durationMinutes()))
                .weight(details.progressPercentage() == null ? null : BigDecimal.valueOf(details.progressPercentage()));
    }
}
