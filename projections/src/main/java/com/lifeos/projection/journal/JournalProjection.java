package com.lifeos.projection.journal;

import java.time.Instant;

import com.lifeos.api.journal.JournalEntryChangedEvent;
import com.lifeos.api.journal.JournalEntryDeletedEvent;
import com.lifeos.api.journal.JournalEntryWrittenEvent;
import com.lifeos.projection.shared.PersonalProjection;
import com.lifeos.projection.shared.PersonalTable;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/** Keeps the journal entry and tag tables; every handler may see its event twice and changes nothing then. */
@Component
@ProcessingGroup("journal")
class JournalProjection extends PersonalProjection<JournalEntryRows> {

    JournalProjection(JournalEntryRows entries) {
        super(entries, PersonalTable.of(entries::deleteTagsByUser, entries::deleteAllTags));
    }

    @EventHandler
    void on(JournalEntryWrittenEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.insertIfAbsent(new JournalEntryRow(event.entryId(), event.userId(), event.details(), sequence, at));
    }

    @EventHandler
    void on(JournalEntryChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.findOwned(event.entryId(), event.userId()).ifPresent(row -> row.details(event.details(), sequence, at));
    }

    @EventHandler
    void on(JournalEntryDeletedEvent event) {
        rows.findOwned(event.entryId(), event.userId()).ifPresent(rows::delete);
    }
}
