package com.lifeos.api.finance;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.UUID;

import com.lifeos.api.shared.Checks;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sets, or replaces, how much the owner means to spend on a category in a month, in a currency. The budget id is
 * derived by the sender from owner, category (ignoring case) and month, so there is one budget per such triple.
 */
public record SetBudgetCommand(@TargetAggregateIdentifier UUID budgetId, UUID userId, String category,
                               YearMonth month, BigDecimal amount, String currency) {

    public static final YearMonth EARLIEST_MONTH = YearMonth.of(1900, 1);
    public static final YearMonth LATEST_MONTH = YearMonth.of(9999, 12);

    public SetBudgetCommand {
        Checks.addressed("budgetId", budgetId, userId);
        category = Money.category("category", category);
        Checks.present("month", month);
        if (month.isBefore(EARLIEST_MONTH) || month.isAfter(LATEST_MONTH)) {
            throw new IllegalArgumentException("month must be between " + EARLIEST_MONTH + " and " + LATEST_MONTH);
        }
        amount = Money.amount("amount", amount);
        currency = Money.currency("currency", currency);
    }
}
