package com.lifeos.command.shared;

import java.util.function.Function;

import com.lifeos.api.shared.DetailsChange;
import org.axonframework.eventsourcing.EventSourcingHandler;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An owned entity whose state is one details record, replaced whole by each change (a journal entry, a financial
 * record, a learning session, a relationship). The field keeps the name {@code details} the aggregates gave it, so
 * their snapshots still read.
 *
 * @param <D> the entity's details record
 */
public abstract class DetailedAggregate<D> extends OwnedAggregate {

    protected D details;

    /** Records the merged details only when they differ from the ones it has: a repeated change records nothing. */
    protected void applyChange(D changed, Function<D, ? extends DetailsChange<D>> changedEvent) {
        if (!changed.equals(details)) {
            apply(changedEvent.apply(changed));
        }
    }

    @EventSourcingHandler
    protected void on(DetailsChange<D> event) {
        details = event.details();
    }
}
