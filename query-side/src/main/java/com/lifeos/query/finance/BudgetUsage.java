package com.lifeos.query.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import com.lifeos.api.finance.BudgetStatus;
import com.lifeos.api.finance.BudgetsView;
import com.lifeos.api.finance.FinancialRecordType;

/**
 * How much of a month's limit is spent: the expenses of the budget's category (ignoring case), of its month and
 * its currency. The status compares exact amounts, not the rounded percent: warning from 80 % of the limit up to
 * the limit itself, over once spending passes the limit.
 */
final class BudgetUsage {

    private static final BigDecimal WARNING_SHARE = new BigDecimal("0.8");

    private BudgetUsage() {
    }

    static BudgetsView.Item of(String category, YearMonth month, BigDecimal limit, String currency,
                               List<MoneyEntry> entries) {
        String key = category.toLowerCase(Locale.ROOT);
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        BigDecimal spent = entries.stream()
                .filter(entry -> entry.type() == FinancialRecordType.EXPENSE)
                .filter(entry -> entry.currency().equals(currency))
                .filter(entry -> entry.category().toLowerCase(Locale.ROOT).equals(key))
                .filter(entry -> !entry.date().isBefore(first) && !entry.date().isAfter(last))
                .map(MoneyEntry::amount)
                .reduce(Amounts.ZERO, BigDecimal::add);
        return new BudgetsView.Item(category, currency, Amounts.money(limit), Amounts.money(spent),
                Amounts.money(limit.subtract(spent)), Amounts.percent(spent, limit), status(spent, limit));
    }

    static BudgetStatus status(BigDecimal spent, BigDecimal limit) {
        if (spent.compareTo(limit) > 0) {
            return BudgetStatus.OVER;
        }
        if (spent.compareTo(limit.multiply(WARNING_SHARE)) >= 0) {
            return BudgetStatus.WARNING;
        }
        return BudgetStatus.OK;
    }
}
