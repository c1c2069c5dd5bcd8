package com.lifeos.query.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.lifeos.api.finance.FinanceAnalyticsView;
import com.lifeos.api.finance.FinancialRecordType;
import com.lifeos.api.shared.DateRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class CashFlowsTest {

    private static MoneyEntry income(String amount, String currency, String date) {
        return new MoneyEntry(FinancialRecordType.INCOME, new BigDecimal(amount), currency, "Salary",
                LocalDate.parse(date));
    }

    private static MoneyEntry expense(String amount, String currency, String category, String date) {
        return new MoneyEntry(FinancialRecordType.EXPENSE, new BigDecimal(amount), currency, category,
                LocalDate.parse(date));
    }

    private static DateRange range(String from, String to) {
        return new DateRange(LocalDate.parse(from), LocalDate.parse(to));
    }

    private static BigDecimal money(String value) {
        return new BigDecimal(value);
    }

    @Test
    void everyMonthOfTheRangeAppearsAcrossAYearEndZerosIncluded() {
        FinanceAnalyticsView view = CashFlows.of(List.of(
                income("3000.00", "EUR", "2025-11-30"),
                expense("100.00", "EUR", "Rent", "2026-01-01")), range("2025-11-15", "2026-02-10"), "EUR");

        assertThat(view.months()).extracting(FinanceAnalyticsView.MonthFlow::month).containsExactly(
                YearMonth.of(2025, 11), YearMonth.of(2025, 12), YearMonth.of(2026, 1), YearMonth.of(2026, 2));
        FinanceAnalyticsView.MonthFlow december = view.months().get(1);
        assertThat(december.income()).isEqualTo(money("0.00"));
        assertThat(december.expenses()).isEqualTo(money("0.00"));
        assertThat(december.net()).isEqualTo(money("0.00"));
        assertThat(december.savingsRate()).isNull();
        assertThat(view.months().get(0).savingsRate()).isEqualTo(money("100.0"));
        assertThat(view.months().get(2).net()).isEqualTo(money("-100.00"));
        assertThat(view.months().get(2).savingsRate()).isNull();
    }

    @Test
    void recordsOnTheBoundaryDaysCountAndOthersDoNot() {
        FinanceAnalyticsView view = CashFlows.of(List.of(
                expense("1.00", "EUR", "Food", "2026-02-28"),
                expense("2.00", "EUR", "Food", "2026-03-01"),
                expense("4.00", "EUR", "Food", "2026-03-31"),
                expense("8.00", "EUR", "Food", "2026-04-01")), range("2026-03-01", "2026-03-31"), "EUR");

        assertThat(view.months()).hasSize(1);
        assertThat(view.totals().expenses()).isEqualTo(money("6.00"));
        assertThat(view.perCurrency()).singleElement()
                .satisfies(flow -> assertThat(flow.expenses()).isEqualTo(money("6.00")));
    }

    @Test
    void anEmptyRangeHasZeroMonthsNoCategoriesAndNoCurrencies() {
        FinanceAnalyticsView view = CashFlows.of(List.of(), range("2026-11-24", "2026-11-24"), "USD");

        assertThat(view.months()).singleElement().satisfies(month -> {
            assertThat(month.month()).isEqualTo(YearMonth.of(2026, 11));
            assertThat(month.income()).isEqualTo(money("0.00"));
            assertThat(month.savingsRate()).isNull();
        });
        assertThat(view.totals().net()).isEqualTo(money("0.00"));
        assertThat(view.expensesByCategory()).isEmpty();
        assertThat(view.perCurrency()).isEmpty();
    }

    @Test
    void currenciesAreKeptApartAndNeverAdded() {
        FinanceAnalyticsView view = CashFlows.of(List.of(
                income("1000.00", "EUR", "2026-11-01"),
                expense("250.00", "EUR", "Rent", "2026-11-02"),
                income("500.00", "USD", "2026-11-03"),
                expense("600.00", "USD", "Travel", "2026-11-04"),
                expense("3000.00", "JPY", "Food", "2026-11-05")), range("2026-11-01", "2026-11-30"), "EUR");

        assertThat(view.totals()).isEqualTo(new FinanceAnalyticsView.CashFlow(money("1000.00"), money("250.00"),
                money("750.00"), money("75.0")));
        assertThat(view.expensesByCategory()).extracting(FinanceAnalyticsView.CategoryAmount::category)
                .containsExactly("Rent");
        assertThat(view.perCurrency()).containsExactly(
                new FinanceAnalyticsView.CurrencyFlow("EUR", money("1000.00"), money("250.00"), money("750.00")),
                new FinanceAnalyticsView.CurrencyFlow("JPY", money("0.00"), money("3000.00"), money("-3000.00")),
                new FinanceAnalyticsView.CurrencyFlow("USD", money("500.00"), money("600.00"), money("-100.00")));
    }

    @Test
    void categoriesAreGroupedIgnoringCaseLargestFirstWithTheirShare() {
        FinanceAnalyticsView view = CashFlows.of(List.of(
                expense("10.00", "EUR", "food", "2026-11-01"),
                expense("20.00", "EUR", "Food", "2026-11-02"),
                expense("30.00", "EUR", "Rent", "2026-11-03"),
                expense("30.00", "EUR", "Bills", "2026-11-04")), range("2026-11-01", "2026-11-30"), "EUR");

        assertThat(view.expensesByCategory()).containsExactly(
                new FinanceAnalyticsView.CategoryAmount("Bills", money("30.00"), money("33.3")),
                new FinanceAnalyticsView.CategoryAmount("Food", money("30.00"), money("33.3")),
                new FinanceAnalyticsView.CategoryAmount("Rent", money("30.00"), money("33.3")));
    }

    static Stream<Arguments> savingsRates() {
        return Stream.of(
                Arguments.of("3.00", "2.99", "0.3"),
                Arguments.of("8.00", "7.99", "0.1"),
                Arguments.of("400.00", "399.75", "0.1"),
                Arguments.of("400.00", "399.80", "0.0"),
                Arguments.of("400.00", "399.60", "0.1"),
                Arguments.of("400.00", "399.40", "0.2"),
                Arguments.of("100.00", "250.00", "-150.0"),
                Arguments.of("0.01", "0.00", "100.0"));
    }

    /** Net / income × 100 with one decimal, halves to the even neighbour: 0.25 → 0.2, 0.15 → 0.2, 0.05 → 0.0. */
    @ParameterizedTest(name = "income {0}, expenses {1} -> {2} %")
    @MethodSource("savingsRates")
    void theSavingsRateHasOneDecimalRoundedHalfToEven(String income, String expenses, String rate) {
        List<MoneyEntry> entries = new ArrayList<>(List.of(income(income, "EUR", "2026-11-01")));
        if (new BigDecimal(expenses).signum() > 0) {
            entries.add(expense(expenses, "EUR", "Rent", "2026-11-02"));
        }
        FinanceAnalyticsView view = CashFlows.of(entries, range("2026-11-01", "2026-11-30"), "EUR");

        assertThat(view.totals().savingsRate()).isEqualTo(money(rate));
    }

    @Test
    void manySmallAmountsAddUpExactlyWithoutFloatingPointDrift() {
        List<MoneyEntry> dimes = IntStream.range(0, 1000)
                .mapToObj(i -> expense("0.10", "EUR", "Coffee", "2026-11-01")).toList();

        FinanceAnalyticsView view = CashFlows.of(dimes, range("2026-11-01", "2026-11-01"), "EUR");

        assertThat(view.totals().expenses()).isEqualTo(money("100.00"));
    }
}
