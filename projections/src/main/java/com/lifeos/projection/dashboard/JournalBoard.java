package com.lifeos.projection.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;

import com.lifeos.api.journal.JournalEntryChangedEvent;
import com.lifeos.api.journal.JournalEntryDeletedEvent;
import com.lifeos.api.journal.JournalEntryDetails;
import com.lifeos.api.journal.JournalEntryWrittenEvent;
import com.lifeos.api.journal.JournalMood;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * The journal on the dashboard: each entry a dated fact, its mood scored 1 (awful) to 5 (great), the latest entry a
 * subject. The content never reaches the dashboard.
 */
@Component
@ProcessingGroup(Areas.GROUP)
class JournalBoard extends Board {

    static final String ENTRY = "entry";
    private static final String TITLE = "journal";

    JournalBoard(DashboardRows rows, ActivityFeed feed) {
        super(rows, feed);
    }

    @EventHandler
    void on(JournalEntryWrittenEvent e, DomainEventMessage<?> m) {
        rows.fact(e.entryId(), e.userId(), Areas.JOURNAL, null, m, row -> entry(row, e.details(), m.getTimestamp()))
                .ifPresent(fact -> rows.latestAfterChange(fact, TITLE, m.getTimestamp()));
        feed.tell(m, e.userId(), Areas.JOURNAL, e.entryId(), line -> line.label(mood(e.details().mood()))
                .on(e.details().entryDate(), e.zone()));
    }

    @EventHandler
    void on(JournalEntryChangedEvent e, DomainEventMessage<?> m) {
        rows.fact(e.entryId(), e.userId(), Areas.JOURNAL, null, m, row -> entry(row, e.details(), row.occurredAt()))
                .ifPresent(fact -> rows.latestAfterChange(fact, TITLE, m.getTimestamp()));
        feed.tell(m, e.userId(), Areas.JOURNAL, e.entryId(), line -> line.on(e.details().entryDate(), null));
    }

    @EventHandler
    void on(JournalEntryDeletedEvent e, DomainEventMessage<?> m) {
        rows.removeFact(e.entryId(), e.userId())
                .ifPresent(row -> rows.latestAfterRemoval(e.userId(), Areas.JOURNAL, ENTRY, row.id(), TITLE));
        feed.tell(m, e.userId(), Areas.JOURNAL, e.entryId());
    }

    private static void entry(FactRow row, JournalEntryDetails details, Instant at) {
        JournalMood mood = details.mood();
        row.kind(ENTRY).label(mood(mood)).on(details.entryDate(), at)
                .amount(mood == null ? null : BigDecimal.valueOf(mood.ordinal() + 1L))
                .weight(BigDecimal.valueOf(details.contentLength()));
    }

    private static String mood(JournalMood mood) {
        return mood == null ? null : mood.name().toLowerCase(Locale.ROOT);
    }
}
