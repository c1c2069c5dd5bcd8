package com.lifeos.projection.finance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import com.lifeos.api.finance.BudgetSetEvent;
import com.lifeos.projection.shared.OwnedRow;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * One category's limit for one month. A removed budget stays as a row marked {@code removed}, so setting it again
 * (same id) and late copies of older events are both judged by the sequence guard.
 */
@Entity
@Table(name = "finance_budget")
public class BudgetRow extends OwnedRow {

    private String category;
    private String categoryKey;
    private LocalDate monthStart;
    private BigDecimal amount;
    private String currency;
    private boolean removed;

    protected BudgetRow() {
    }

    BudgetRow(BudgetSetEvent event, long sequence, Instant at) {
        super(event.budgetId(), event.userId(), sequence, at);
        assign(event);
    }

    void set(BudgetSetEvent event, long sequence, Instant at) {
        ifNewer(sequence, at, () -> assign(event));
    }

    void remove(long sequence, Instant at) {
        ifNewer(sequence, at, () -> removed = true);
    }

    private void assign(BudgetSetEvent event) {
        category = event.category();
        categoryKey = FinancialRecordRow.keyOf(event.category());
        monthStart = event.month().atDay(1);
        amount = event.amount();
        currency = event.currency();
        removed = false;
    }

    public String category() {
        return category;
    }

    public String categoryKey() {
        return categoryKey;
    }

    public YearMonth month() {
        return YearMonth.from(monthStart);
    }

    public BigDecimal amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    public boolean removed() {
        return removed;
    }

}
