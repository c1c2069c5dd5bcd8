package com.lifeos.projection.shared;

import java.time.Instant;

import jakarta.persistence.MappedSuperclass;

/**
 * A read-model row kept by one aggregate's events. It remembers the sequence number of the last event
 * it applied, so an event seen again (a redelivery, a replay over live rows) changes nothing.
 */
@MappedSuperclass
public abstract class SequencedRow {

    private Instant createdAt;
    private Instant updatedAt;
    private long lastSequence;

    protected SequencedRow() {
    }

    protected SequencedRow(long sequence, Instant at) {
        createdAt = at;
        updatedAt = at;
        lastSequence = sequence;
    }

    /** Applies the change only for an event newer than the last one applied, and records it as applied. */
    protected final void ifNewer(long sequence, Instant at, Runnable change) {
        if (sequence > lastSequence) {
            change.run();
            lastSequence = sequence;
            updatedAt = at;
        }
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
