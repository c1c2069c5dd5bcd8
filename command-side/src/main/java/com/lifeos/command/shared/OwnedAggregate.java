package com.lifeos.command.shared;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.lifeos.api.shared.Deletion;
import com.lifeos.api.shared.Owned;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateNotFoundException;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.markDeleted;

/**
 * What every person's own aggregate shares: whose it is, the owner guard of each command, and the end of its stream
 * when it is deleted. The owner field keeps the name {@code userId}, so snapshots written before this class existed
 * still read. Jackson reads a class's annotations from its supertypes too, so the field visibility declared here is
 * every subclass's: an aggregate is snapshotted by its fields without saying so again.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public abstract class OwnedAggregate implements Owned {

    protected UUID userId;

    @Override
    public UUID userId() {
        return userId;
    }

    /**
     * Another person's entity is answered exactly like an unknown one, so ids cannot be probed: the aggregate reports
     * "not found" when the caller is not its owner.
     */
    protected void requireOwner(UUID caller, Object aggregateId) {
        if (!userId.equals(caller)) {
            throw new AggregateNotFoundException(String.valueOf(aggregateId), "No such entity: " + aggregateId);
        }
    }

    /** Only the owner may delete it; the event must be a {@link Deletion}, so the stream really ends. */
    protected void delete(UUID caller, Object aggregateId, Deletion event) {
        requireOwner(caller, aggregateId);
        apply(event);
    }

    @EventSourcingHandler
    protected void on(Deletion event) {
        markDeleted();
    }
}
