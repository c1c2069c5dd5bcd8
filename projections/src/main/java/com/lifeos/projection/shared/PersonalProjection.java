package com.lifeos.projection.shared;

import java.util.ArrayList;
import java.util.List;

import com.lifeos.api.account.AccountErasedEvent;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;

/**
 * What every projection owes the people it keeps rows for: when one of them erases their account, it forgets
 * them; when its group is replayed, it starts from empty tables. A projection declares its tables once: the table
 * it keeps, held here as {@link #rows} for its handlers, and any tables whose rows point at it, which are emptied
 * first; both handlers are defined here, so a new projection cannot leave out either. Axon finds these handlers on
 * the subclass, which names the processing group.
 *
 * @param <R> the repository of the projection's table
 */
public abstract class PersonalProjection<R extends PersonalTable> {

    protected final R rows;
    private final List<PersonalTable> tables;

    /**
     * @param rows       the projection's table, emptied last
     * @param dependents its other tables, emptied before it in this order (rows that point at others first)
     */
    protected PersonalProjection(R rows, PersonalTable... dependents) {
        this.rows = rows;
        List<PersonalTable> inDeleteOrder = new ArrayList<>(List.of(dependents));
        inDeleteOrder.add(rows);
        this.tables = List.copyOf(inDeleteOrder);
    }

    @EventHandler
    void on(AccountErasedEvent erased, EventMessage<?> erasure) {
        erasing(erasure);
        tables.forEach(table -> table.forget(erased.userId()));
    }

    /** What a projection records of the erasure itself before its tables forget the person; most record nothing. */
    protected void erasing(EventMessage<?> erasure) {
    }

    @ResetHandler
    void reset() {
        tables.forEach(PersonalTable::clear);
    }
}
