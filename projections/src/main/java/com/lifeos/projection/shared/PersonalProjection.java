package com.lifeos.projection.shared;

import java.util.List;

import com.lifeos.api.account.AccountErasedEvent;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;

/**
 * What every projection owes the people it keeps rows for: when one of them erases their account, it forgets
 * them; when its group is replayed, it starts from empty tables. A projection declares its tables once, in the
 * order they are emptied (rows that point at others first); both handlers are defined here, so a new projection
 * cannot leave out either. Axon finds these handlers on the subclass, which names the processing group.
 */
public abstract class PersonalProjection {

    private final List<PersonalTable> tables;

    protected PersonalProjection(PersonalTable... tablesInDeleteOrder) {
        this.tables = List.of(tablesInDeleteOrder);
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
