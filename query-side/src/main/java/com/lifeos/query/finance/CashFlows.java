package com.lifeos.query.finance;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.lifeos.api.finance.FinanceAnalyticsView;
import com.lifeos.api.finance.FinanceAnalyticsView.CashFlow;
import com.lifeos.api.finance.FinanceAnalyticsView.CategoryAmount;
import com.lifeos.api.finance.FinanceAnalyticsView.CurrencyFlow;
import com.lifeos.api.finance.FinanceAnalyticsView.MonthFlow;
import com.lifeos.api.finance.FinancialRecordType;
import com.lifeos.api.shared.Bucket;
import com.lifeos.api.shared.DateRange;
import com.lifeos.query.shared.Buckets;

/**
 * Income and spending over a range of local dates. Amounts of different currencies are never added together:
 * the months, totals and categories count one currency, and every currency gets its own totals. Categories are
 * grouped ignoring case and shown with the spelling that sorts first, so the answer does not depend on the order
 * records were written in. Entries outside the range are ignored.
 */
final class CashFlows {

    private CashFlows() {
    }

    static FinanceAnalyticsView of(List<MoneyEntry> entries, DateRange range, String currency) {
        Map<YearMonth, Flow> months = new LinkedHashMap<>();
        for (LocalDate start : Buckets.starts(range, Bucket.MONTH, DayOfWeek.MONDAY)) {
            months.put(YearMonth.from(start), new Flow());
        }
        Flow totals = new Flow();
        Map<String, Category> categories = new TreeMap<>();
        Map<String, Flow> currencies = new TreeMap<>();
        for (MoneyEntry entry : entries) {
            if (!range.contains(entry.date())) {
                continue;
            }
            currencies.computeIfAbsent(entry.currency(), code -> new Flow()).add(entry);
            if (!entry.currency().equals(currency)) {
                continue;
            }
            totals.add(entry);
            months.get(YearMonth.from(entry.date())).add(entry);
            if (entry.type() == FinancialRecordType.EXPENSE) {
                categories.computeIfAbsent(entry.category().toLowerCase(Locale.ROOT), key -> new Category())
                        .add(entry);
            }
        }
        List<MonthFlow> monthFlows = new ArrayList<>();
        months.forEach((month, flow) -> {
            CashFlow cash = flow.cashFlow();
            monthFlows.add(new MonthFlow(month, cash.income(), cash.expenses(), cash.net(), cash.savingsRate()));
        });
        List<CategoryAmount> byCategory = categories.values().stream()
                .map(category -> new CategoryAmount(category.label, Amounts.money(category.amount),
                        Amounts.percent(category.amount, totals.expenses)))
                .sorted(Comparator.comparing(CategoryAmount::amount).reversed()
                        .thenComparing(CategoryAmount::category))
                .toList();
        List<CurrencyFlow> perCurrency = new ArrayList<>();
        currencies.forEach((code, flow) -> {
            CashFlow cash = flow.cashFlow();
            perCurrency.add(new CurrencyFlow(code, cash.income(), cash.expenses(), cash.net()));
        });
        return new FinanceAnalyticsView(range.from(), range.to(), currency, totals.cashFlow(), monthFlows,
                byCategory, perCurrency);
    }

    private static final class Flow {

        private BigDecimal income = Amounts.ZERO;
        private BigDecimal expenses = Amounts.ZERO;

        void add(MoneyEntry entry) {
            if (entry.type() == FinancialRecordType.INCOME) {
                income = income.add(entry.amount());
            } else {
                expenses = expenses.add(entry.amount());
            }
        }

        CashFlow cashFlow() {
            BigDecimal net = income.subtract(expenses);
            return new CashFlow(Amounts.money(income), Amounts.money(expenses), Amounts.money(net),
                    Amounts.percent(net, income));
        }
    }

    private static final class Category {

        private String label;
        private BigDecimal amount = Amounts.ZERO;

        void add(MoneyEntry entry) {
            amount = amount.add(entry.amount());
            if (label == null || entry.category().compareTo(label) < 0) {
                label = entry.category();
            }
        }
    }
}
