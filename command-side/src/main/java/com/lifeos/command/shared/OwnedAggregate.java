package com.lifeos.command.shared;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.lifeos.api.shared.Deletion;
import com.lifeos.api.shared.Owned;
import org.axonframework.eventsourcing.EventSourcingHandler;

import static org.axonframework.modelling.command.AggregateLifecycle.markDeleted;

/**
 * What every person's own aggregate shares: whose it is, the owner guard of each command, and the end of its stream
 * when it is deleted. The owner field keeps the name {@code userId}, so snapshots written before this class existed
 * still read.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public abstract class OwnedAggregate implements Owned {

    protected UUID userId;

    @Override
    public UUID userId() {
        return userId;
    }

    /** Another person's entity is answered as an unknown one (see {@link Ownership}). */
    protected void requireOwner(UUID caller, Object aggregateId) {
        Ownership.requireOwner(userId, caller, aggregateId);
    }

    @EventSourcingHandler
    protected void on(Deletion event) {
        markDeleted();
    }
}
