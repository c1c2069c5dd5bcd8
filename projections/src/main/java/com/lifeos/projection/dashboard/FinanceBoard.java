package com.lifeos.projection.dashboard;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import com.lifeos.api.finance.BudgetRemovedEvent;
import com.lifeos.api.finance.BudgetSetEvent;
import com.lifeos.api.finance.FinancialRecordChangedEvent;
import com.lifeos.api.finance.FinancialRecordCreatedEvent;
import com.lifeos.api.finance.FinancialRecordDeletedEvent;
import com.lifeos.api.finance.FinancialRecordDetails;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** Money on the dashboard: every record is a dated fact; budgets are subjects, one per category and month. */
@Component
@ProcessingGroup(Areas.GROUP)
class FinanceBoard extends Board {

    FinanceBoard(DashboardRows rows, ActivityFeed feed) {
        super(rows, feed);
    }

    @EventHandler
    void on(FinancialRecordCreatedEvent e, DomainEventMessage<?> m) {
        rows.fact(e.recordId(), e.userId(), Areas.FINANCE, null, m, row -> money(row, e.details(), m.getTimestamp()));
        tell(m, e.userId(), e.recordId(), e.details());
    }

    @EventHandler
    void on(FinancialRecordChangedEvent e, DomainEventMessage<?> m) {
        rows.fact(e.recordId(), e.userId(), Areas.FINANCE, null, m, row -> money(row, e.details(), row.occurredAt()));
        tell(m, e.userId(), e.recordId(), e.details());
    }

    @EventHandler
    void on(FinancialRecordDeletedEvent e, DomainEventMessage<?> m) {
        rows.removeFact(e.recordId(), e.userId());
        feed.tell(m, e.userId(), Areas.FINANCE, e.recordId());
    }

    /** A budget set again (after a removal too) is the same subject. */
    @EventHandler
    void on(BudgetSetEvent e, DomainEventMessage<?> m) {
        rows.createOrChange(e.budgetId(), e.userId(), Areas.FINANCE, "budget", m, row -> row.label(e.category())
                .amount(e.amount(), e.currency(), null).startDate(e.month().atDay(1)).status(BudgetState.ACTIVE));
        feed.tell(m, e.userId(), Areas.FINANCE, e.budgetId(), line -> line.title(e.category())
                .money(e.amount(), e.currency()).on(e.month().atDay(1), null));
    }

    @EventHandler
    void on(BudgetRemovedEvent e, DomainEventMessage<?> m) {
        rows.change(e.budgetId(), e.userId(), m, row -> row.status(BudgetState.DELETED));
        feed.tell(m, e.userId(), Areas.FINANCE, e.budgetId());
    }

    /** Financial events carry no zone: the line keeps the record's date, and how to tell it is the reader's choice. */
    private void tell(DomainEventMessage<?> m, UUID userId, UUID recordId, FinancialRecordDetails details) {
        feed.tell(m, userId, Areas.FINANCE, recordId, line -> line.title(details.category()).label(type(details))
                .money(details.amount(), details.currency()).on(details.date(), null));
    }

    private static void money(FactRow row, FinancialRecordDetails details, Instant at) {
        row.kind(type(details)).label(details.category()).amount(details.amount(), details.currency(), null)
                .on(details.date(), at);
    }

    private static String type(FinancialRecordDetails details) {
        return details.type().name().toLowerCase(Locale.ROOT);
    }
}
