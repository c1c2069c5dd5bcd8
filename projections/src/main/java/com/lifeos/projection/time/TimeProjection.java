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
class TimeProjection extends PersonalProjection<TimeEntryRows> {

    TimeProjection(TimeEntryRows entries) {
        super(entries);
    }

    @EventHandler
    void on(TimeEntryCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.insertIfAbsent(new TimeEntryRow(event, sequence, at));
    }

    @EventHandler
    void on(TimeEntryChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.findOwned(event.entryId(), event.userId()).ifPresent(row -> row.change(event, sequence, at));
    }

    @EventHandler
    void on(TimeEntryDeletedEvent event) {
        rows.findOwned(event.entryId(), event.userId()).ifPresent(rows::delete);
    }
}
