package com.lifeos.projection.journal;

import java.time.Instant;

import com.lifeos.api.account.AccountErasedEvent;
import com.lifeos.api.journal.JournalEntryChangedEvent;
import com.lifeos.api.journal.JournalEntryDeletedEvent;
import com.lifeos.api.journal.JournalEntryWrittenEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/** Keeps the journal entry and tag tables; every handler may see its event twice and changes nothing then. */
@Component
@ProcessingGroup("journal")
class JournalProjection {

    private final JournalEntryRows entries;

    JournalProjection(JournalEntryRows entries) {
        this.entries = entries;
    }

    @EventHandler
    void on(JournalEntryWrittenEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        entries.insertIfAbsent(new JournalEntryRow(event.entryId(), event.userId(), event.details(), sequence, at));
    }

    @EventHandler
    void on(JournalEntryChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        entries.findOwned(event.entryId(), event.userId()).ifPresent(row -> row.details(event.details(), sequence, at));
    }

    @EventHandler
    void on(JournalEntryDeletedEvent event) {
        entries.findOwned(event.entryId(), event.userId()).ifPresent(entries::delete);
    }

    /** The person erased their account: forget every entry and tag of theirs. */
    @EventHandler
    void on(AccountErasedEvent event) {
        entries.deleteTagsByUser(event.userId());
        entries.deleteByUser(event.userId());
    }

    @ResetHandler
    void reset() {
        entries.deleteAllTags();
        entries.deleteAllInBatch();
    }
}
