package com.lifeos.query.dashboard;

import static com.lifeos.projection.dashboard.DashboardTestRows.budget;
import static com.lifeos.projection.dashboard.DashboardTestRows.fact;
import static com.lifeos.projection.dashboard.DashboardTestRows.labelled;
import static com.lifeos.query.dashboard.PictureFixtures.TODAY;
import static com.lifeos.query.dashboard.PictureFixtures.picture;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import com.lifeos.api.dashboard.DashboardOverviewView;
import com.lifeos.projection.dashboard.Areas;
import com.lifeos.projection.dashboard.FactRow;
import com.lifeos.projection.dashboard.SubjectRow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FinancePictureTest {

    private static final LocalDate MONTH = TODAY.withDayOfMonth(1);

    static Stream<Arguments> thisMonth() {
        return Stream.of(
                Arguments.of("nothing recorded", List.of(), List.of(), "0.00", "0.00", List.of()),
                Arguments.of("other currencies are left out", List.of(), List.of(money("income", "2000", "EUR", "Pay"),
                        money("expense", "99", "USD", "Food")), "2000.00", "0.00", List.of()),
                Arguments.of("a budget under 80 % raises no alert", List.of(budget("Food", MONTH, "100", "EUR")),
                        List.of(money("expense", "79", "EUR", "Food")), "0.00", "79.00", List.of()),
                Arguments.of("categories match whatever their case", List.of(budget("Food", MONTH, "100", "EUR")),
                        List.of(money("expense", "85.50", "EUR", "Food"), money("expense", "10", "EUR", "food")), "0.00",
                        "95.50", List.of("Food 95.5 warning")),
                Arguments.of("over the budget", List.of(budget("Fun", MONTH, "10", "EUR")),
                        List.of(money("expense", "12", "EUR", "Fun")), "0.00", "12.00", List.of("Fun 120.0 over")),
                Arguments.of("a zero budget is full", List.of(budget("Gifts", MONTH, "0", "EUR")), List.of(), "0.00",
                        "0.00", List.of("Gifts 100 warning")),
                Arguments.of("last month's budget is not this month's", List.of(budget("Food", MONTH.minusMonths(1),
                        "10", "EUR")), List.of(money("expense", "20", "EUR", "Food")), "0.00", "20.00", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void thisMonth(String story, List<SubjectRow> budgets, List<FactRow> records, String income, String expenses,
                   List<String> alerts) {
        DashboardOverviewView.Finance finance = new FinancePicture(picture(budgets, records), "EUR").thisMonth();

        assertThat(finance.income()).isEqualByComparingTo(income);
        assertThat(finance.expenses()).isEqualByComparingTo(expenses);
        assertThat(finance.budgets()).extracting(b -> b.category() + " " + b.percentUsed().toPlainString() + " "
                + b.status()).containsExactlyElementsOf(alerts);
    }

    static Stream<Arguments> score() {
        return Stream.of(
                Arguments.of("nothing to judge", List.of(), List.of(), null),
                Arguments.of("saving a quarter, no budget", List.of(), List.of(money("income", "100", "EUR", "Pay"),
                        money("expense", "75", "EUR", "Food")), 75),
                Arguments.of("spending without income", List.of(), List.of(money("expense", "5", "EUR", "Food")), 0),
                Arguments.of("a budget kept and one broken", List.of(budget("Food", MONTH, "100", "EUR"),
                        budget("Fun", MONTH, "10", "EUR")), List.of(money("income", "100", "EUR", "Pay"),
                        money("expense", "50", "EUR", "Fun")), 75));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void score(String story, List<SubjectRow> budgets, List<FactRow> records, Integer score) {
        assertThat(new FinancePicture(picture(budgets, records), "EUR").score(MONTH, TODAY).score()).isEqualTo(score);
    }

    private static FactRow money(String kind, String amount, String currency, String category) {
        return labelled(fact(Areas.FINANCE, kind, null, TODAY.minusDays(1), amount), category, currency, null);
    }
}
