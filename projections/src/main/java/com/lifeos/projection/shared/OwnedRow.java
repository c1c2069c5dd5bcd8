package com.lifeos.projection.shared;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** A row created by one event of its owner's, keyed by the id the event chose and kept by the owner's later events. */
@MappedSuperclass
public abstract class OwnedRow extends SequencedRow implements Owned {

    @Id
    private UUID id;
    private UUID userId;

    protected OwnedRow() {
    }

    protected OwnedRow(UUID id, UUID userId, long sequence, Instant at) {
        super(sequence, at);
        this.id = id;
        this.userId = userId;
    }

    public UUID id() {
        return id;
    }

    @Override
    public UUID userId() {
        return userId;
    }
}
