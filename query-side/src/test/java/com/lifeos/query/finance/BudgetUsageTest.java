package com.lifeos.query.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import com.lifeos.api.finance.BudgetStatus;
import com.lifeos.api.finance.BudgetsView;
import com.lifeos.api.finance.FinancialRecordType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BudgetUsageTest {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    private static MoneyEntry entry(FinancialRecordType type, String amount, String currency, String category,
                                    String date) {
        return new MoneyEntry(type, new BigDecimal(amount), currency, category, LocalDate.parse(date));
    }

    @ParameterizedTest(name = "spent {1} of {0} -> {2} % {3}")
    @CsvSource({
            "100.00, 0.00, 0.0, OK",
            "100.00, 79.99, 80.0, OK",
            "100.00, 80.00, 80.0, WARNING",
            "100.00, 100.00, 100.0, WARNING",
            "100.00, 100.01, 100.0, OVER",
            "300.00, 100.00, 33.3, OK",
            "8.00, 6.01, 75.1, OK",
            "400.00, 0.10, 0.0, OK",
            "400.00, 0.20, 0.0, OK",
            "400.00, 0.60, 0.2, OK"})
    void percentAndStatusFollowTheExactAmounts(String limit, String spent, String percent, BudgetStatus status) {
        List<MoneyEntry> entries = new BigDecimal(spent).signum() == 0 ? List.of()
                : List.of(entry(FinancialRecordType.EXPENSE, spent, "EUR", "Food", "2026-11-10"));

        BudgetsView.Item item = BudgetUsage.of("Food", NOVEMBER, new BigDecimal(limit), "EUR", entries);

        assertThat(item.spent()).isEqualTo(new BigDecimal(spent));
        assertThat(item.percentUsed()).isEqualTo(new BigDecimal(percent));
        assertThat(item.status()).isEqualTo(status);
        assertThat(item.remaining()).isEqualTo(new BigDecimal(limit).subtract(new BigDecimal(spent)));
    }

    @Test
    void onlyTheMonthsExpensesOfTheCategoryAndCurrencyCount() {
        List<MoneyEntry> entries = List.of(
                entry(FinancialRecordType.EXPENSE, "10.00", "EUR", "food", "2026-11-01"),
                entry(FinancialRecordType.EXPENSE, "20.00", "EUR", "FOOD", "2026-11-30"),
                entry(FinancialRecordType.EXPENSE, "40.00", "EUR", "Food", "2026-10-31"),
                entry(FinancialRecordType.EXPENSE, "80.00", "EUR", "Food", "2026-12-01"),
                entry(FinancialRecordType.EXPENSE, "160.00", "USD", "Food", "2026-11-15"),
                entry(FinancialRecordType.INCOME, "320.00", "EUR", "Food", "2026-11-15"),
                entry(FinancialRecordType.EXPENSE, "640.00", "EUR", "Rent", "2026-11-15"));

        BudgetsView.Item item = BudgetUsage.of("Food", NOVEMBER, new BigDecimal("50.00"), "EUR", entries);

        assertThat(item.spent()).isEqualTo(new BigDecimal("30.00"));
        assertThat(item.remaining()).isEqualTo(new BigDecimal("20.00"));
        assertThat(item.percentUsed()).isEqualTo(new BigDecimal("60.0"));
        assertThat(item.status()).isEqualTo(BudgetStatus.OK);
    }

    @Test
    void overspendingLeavesANegativeRemainder() {
        BudgetsView.Item item = BudgetUsage.of("Fun", YearMonth.of(2026, 2), new BigDecimal("10.00"), "EUR",
                List.of(entry(FinancialRecordType.EXPENSE, "25.50", "EUR", "Fun", "2026-02-28")));

        assertThat(item.remaining()).isEqualTo(new BigDecimal("-15.50"));
        assertThat(item.percentUsed()).isEqualTo(new BigDecimal("255.0"));
        assertThat(item.status()).isEqualTo(BudgetStatus.OVER);
    }
}
