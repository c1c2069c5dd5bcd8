package com.lifeos.api.finance;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * The budgets of a month, by category. {@code spent} counts the month's expenses of that category (ignoring case)
 * in the budget's currency; {@code remaining} is negative when over; {@code percentUsed} has one decimal.
 */
public record BudgetsView(YearMonth month, List<Item> items) {

    public record Item(String category, String currency, BigDecimal limit, BigDecimal spent, BigDecimal remaining,
                       BigDecimal percentUsed, BudgetStatus status) {
    }
}
