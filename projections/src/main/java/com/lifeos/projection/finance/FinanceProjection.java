package com.lifeos.projection.finance;

import java.time.Instant;

import com.lifeos.api.finance.BudgetRemovedEvent;
import com.lifeos.api.finance.BudgetSetEvent;
import com.lifeos.api.finance.FinancialRecordChangedEvent;
import com.lifeos.api.finance.FinancialRecordCreatedEvent;
import com.lifeos.api.finance.FinancialRecordDeletedEvent;
import com.lifeos.projection.shared.PersonalProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/** Keeps the financial records and the budgets; every handler is safe to apply twice. */
@Component
@ProcessingGroup("finance")
class FinanceProjection extends PersonalProjection<FinancialRecordRows> {

    private final BudgetRows budgets;

    FinanceProjection(FinancialRecordRows records, BudgetRows budgets) {
        super(records, budgets);
        this.budgets = budgets;
    }

    @EventHandler
    void on(FinancialRecordCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.insertIfAbsent(new FinancialRecordRow(event.recordId(), event.userId(), event.details(), sequence, at));
    }

    @EventHandler
    void on(FinancialRecordChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.findOwned(event.recordId(), event.userId())
                .ifPresent(row -> row.details(event.details(), sequence, at));
    }

    @EventHandler
    void on(FinancialRecordDeletedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.findOwned(event.recordId(), event.userId()).ifPresent(row -> row.delete(sequence, at));
    }

    @EventHandler
    void on(BudgetSetEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        budgets.findOwned(event.budgetId(), event.userId()).ifPresentOrElse(row -> row.set(event, sequence, at),
                () -> budgets.insertIfAbsent(new BudgetRow(event, sequence, at)));
    }

    @EventHandler
    void on(BudgetRemovedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        budgets.findOwned(event.budgetId(), event.userId()).ifPresent(row -> row.remove(sequence, at));
    }
}
