package com.lifeos.projection.time;

import java.time.Instant;

import com.lifeos.api.time.TimeEntryChangedEvent;
import com.lifeos.api.time.TimeEntryCreatedEvent;
import com.lifeos.api.time.TimeEntryDeletedEvent;
import com.lifeos.projection.shared.PersonalProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/** Keeps the time entry table; every handler is safe to apply twice. */
@Component
@ProcessingGroup("time")
class TimeProjection extends PersonalProjection {

    private final TimeEntryRows entries;

    TimeProjection(TimeEntryRows entries) {
        super(entries);
        this.entries = entries;
    }

    @EventHandler
    void on(TimeEntryCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        entries.insertIfAbsent(new TimeEntryRow(event, sequence, at));
    }

    @EventHandler
    void on(TimeEntryChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        entries.findOwned(event.entryId(), event.userId()).ifPresent(row -> row.change(event, sequence, at));
    }

    @EventHandler
    void on(TimeEntryDeletedEvent event) {
        entries.findOwned(event.entryId(), event.userId()).ifPresent(entries::delete);
    }
}
