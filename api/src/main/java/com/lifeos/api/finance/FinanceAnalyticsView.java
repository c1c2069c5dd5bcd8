package com.lifeos.api.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Cash flow over {@code from}–{@code to}. {@code months} (every month the range touches, zeros included),
 * {@code totals} and {@code expensesByCategory} count only {@code currency}; {@code perCurrency} has every currency
 * with records in the range. Savings rate = net / income × 100 with one decimal, null when there was no income.
 */
public record FinanceAnalyticsView(LocalDate from, LocalDate to, String currency, CashFlow totals,
                                   List<MonthFlow> months, List<CategoryAmount> expensesByCategory,
                                   List<CurrencyFlow> perCurrency) {

    public record CashFlow(BigDecimal income, BigDecimal expenses, BigDecimal net, BigDecimal savingsRate) {
    }

    public record MonthFlow(YearMonth month, BigDecimal income, BigDecimal expenses, BigDecimal net,
                            BigDecimal savingsRate) {
    }

    /** {@code share} is the category's percent of the expenses, one decimal. */
    public record CategoryAmount(String category, BigDecimal amount, BigDecimal share) {
    }

    public record CurrencyFlow(String currency, BigDecimal income, BigDecimal expenses, BigDecimal net) {
    }
}
