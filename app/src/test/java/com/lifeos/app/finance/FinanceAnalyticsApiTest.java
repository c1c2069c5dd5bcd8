package com.lifeos.app.finance;

import java.time.LocalDate;
import java.time.YearMonth;

import com.fasterxml.jackson.databind.JsonNode;
import com.lifeos.app.support.Api;
import com.lifeos.app.support.ApiTestSupport;
import com.lifeos.app.support.TestUser;
import com.lifeos.app.support.TestClock;
import org.junit.jupiter.api.Test;

import static com.lifeos.app.finance.FinanceFixtures.fieldOf;
import static org.assertj.core.api.Assertions.assertThat;

class FinanceAnalyticsApiTest extends ApiTestSupport {

    private static final LocalDate TODAY = TestClock.today();

    private FinanceFixtures finance() {
        return new FinanceFixtures(api());
    }

    /** A euro earner's winter across a year end, with one trip paid in dollars. */
    private TestUser winter() {
        TestUser user = newUser();
        api().put("/api/settings/currency", user.accessToken(), "{\"value\":\"EUR\"}");
        finance().record(user, "income", "2000.00", "EUR", "Salary", LocalDate.parse("2025-12-01"));
        finance().record(user, "expense", "500.00", "EUR", "Rent", LocalDate.parse("2025-12-15"));
        finance().record(user, "expense", "123.45", "EUR", "food", LocalDate.parse("2025-12-31"));
        finance().record(user, "expense", "76.55", "EUR", "Food", LocalDate.parse("2026-01-01"));
        finance().record(user, "income", "1000.00", "USD", "Salary", LocalDate.parse("2026-01-10"));
        finance().record(user, "expense", "250.00", "USD", "Travel", LocalDate.parse("2026-01-20"));
        finance().record(user, "expense", "9.99", "EUR", "Food", LocalDate.parse("2026-03-01"));
        return user;
    }

    @Test
    void analyticsCountTheDefaultCurrencyMonthByMonthAndKeepOtherCurrenciesApart() {
        TestUser user = winter();

        Api.Response response = api().get("/api/finance/analytics?from=2025-12-01&to=2026-02-28",
                user.accessToken());

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode view = response.json();
        assertThat(view.path("currency").asText()).isEqualTo("EUR");
        assertThat(view.path("months").findValuesAsText("month")).containsExactly("2025-12", "2026-01", "2026-02");
        assertFlow(view.path("months").get(0), "2000.00", "623.45", "1376.55", "68.8");
        assertFlow(view.path("months").get(1), "0.00", "76.55", "-76.55", null);
        assertFlow(view.path("months").get(2), "0.00", "0.00", "0.00", null);
        assertFlow(view.path("totals"), "2000.00", "700.00", "1300.00", "65.0");
        assertThat(response.body()).contains("\"net\":1376.55").contains("\"income\":0.00");
        JsonNode categories = view.path("expenses_by_category");
        assertThat(categories.findValuesAsText("category")).containsExactly("Rent", "Food");
        assertMoney(categories.get(0).path("amount"), "500.00");
        assertMoney(categories.get(0).path("share"), "71.4");
        assertMoney(categories.get(1).path("amount"), "200.00");
        assertMoney(categories.get(1).path("share"), "28.6");
        JsonNode perCurrency = view.path("per_currency");
        assertThat(perCurrency.findValuesAsText("currency")).containsExactly("EUR", "USD");
        assertFlow(perCurrency.get(0), "2000.00", "700.00", "1300.00", null);
        assertFlow(perCurrency.get(1), "1000.00", "250.00", "750.00", null);

        JsonNode dollars = api().get("/api/finance/analytics?from=2026-01-01&to=2026-01-31&currency=usd",
                user.accessToken()).json();
        assertThat(dollars.path("currency").asText()).isEqualTo("USD");
        assertFlow(dollars.path("months").get(0), "1000.00", "250.00", "750.00", "75.0");
        assertThat(dollars.path("expenses_by_category").findValuesAsText("category")).containsExactly("Travel");
        assertMoney(dollars.path("expenses_by_category").get(0).path("share"), "100.0");
    }

    @Test
    void theDefaultRangeIsTheLastTwelveMonthsAndBadRangesAreRejected() {
        TestUser user = newUser();
        finance().record(user, "income", "10.00", "USD", "Gift", TODAY);

        JsonNode view = api().get("/api/finance/analytics", user.accessToken()).json();

        assertThat(view.path("currency").asText()).isEqualTo("USD");
        assertThat(view.path("from").asText()).isEqualTo(YearMonth.from(TODAY).minusMonths(11).atDay(1).toString());
        assertThat(view.path("to").asText()).isEqualTo(TODAY.toString());
        assertThat(view.path("months")).hasSize(12);
        assertThat(view.path("months").get(11).path("month").asText()).isEqualTo(YearMonth.from(TODAY).toString());
        assertFlow(view.path("months").get(11), "10.00", "0.00", "10.00", "100.0");
        assertThat(fieldOf(api().get("/api/finance/analytics?currency=XYZ", user.accessToken())))
                .isEqualTo("currency");
        assertThat(fieldOf(api().get("/api/finance/analytics?from=2026-02-01&to=2026-01-01", user.accessToken())))
                .isEqualTo("from");
        assertThat(fieldOf(api().get("/api/finance/analytics?from=2020-01-01&to=2026-01-01", user.accessToken())))
                .isEqualTo("to");
        assertThat(fieldOf(api().get("/api/finance/analytics?from=soon", user.accessToken()))).isEqualTo("from");
        assertThat(fieldOf(api().get("/api/finance/analytics?from=2200-12-01&to=%2B10000-01-31", user.accessToken())))
                .isEqualTo("to");
        assertThat(fieldOf(api().get("/api/finance/analytics?from=9999-12-01&to=9999-12-31", user.accessToken())))
                .isEqualTo("from");
        assertThat(api().get("/api/finance/analytics?from=2200-12-01&to=2200-12-31", user.accessToken()).status())
                .isEqualTo(200);
    }

    @Test
    void budgetsCompareTheMonthsSpendingInTheirCurrencyWithTheLimit() {
        TestUser user = winter();

        Api.Response food = finance().budget(user, "food", "2026-01", "100");
        assertThat(food.status()).as(food.body()).isEqualTo(200);
        assertBudget(food.json(), "food", "EUR", "100.00", "76.55", "23.45", "76.6", "ok");
        JsonNode replaced = finance().budget(user, "Food", "2026-01", "90").json();
        assertBudget(replaced, "Food", "EUR", "90.00", "76.55", "13.45", "85.1", "warning");
        JsonNode travel = api().post("/api/finance/budget", user.accessToken(),
                "{\"category\":\"Travel\",\"month\":\"2026-01\",\"amount\":200,\"currency\":\"USD\"}").json();
        assertBudget(travel, "Travel", "USD", "200.00", "250.00", "-50.00", "125.0", "over");

        JsonNode january = api().get("/api/finance/budget?month=2026-01", user.accessToken()).json();
        assertThat(january.path("month").asText()).isEqualTo("2026-01");
        assertThat(january.path("items")).hasSize(2);
        assertThat(january.path("items").get(0)).isEqualTo(replaced);
        assertThat(january.path("items").get(1)).isEqualTo(travel);
        assertThat(api().get("/api/finance/budget?month=2026-02", user.accessToken()).json().path("items")).isEmpty();

        assertThat(api().delete("/api/finance/budget/TRAVEL?month=2026-01", user.accessToken()).status())
                .isEqualTo(204);
        assertThat(api().get("/api/finance/budget?month=2026-01", user.accessToken()).json().path("items")
                .findValuesAsText("category")).containsExactly("Food");
        assertThat(api().delete("/api/finance/budget/Travel?month=2026-01", user.accessToken()).status())
                .isEqualTo(404);
        assertThat(api().delete("/api/finance/budget/Books?month=2026-01", user.accessToken()).status())
                .isEqualTo(404);
        assertThat(api().post("/api/finance/budget", user.accessToken(),
                "{\"category\":\"Travel\",\"month\":\"2026-01\",\"amount\":400,\"currency\":\"USD\"}").json()
                .path("status").asText()).isEqualTo("ok");
        assertThat(api().get("/api/finance/budget?month=2026-01", user.accessToken()).json().path("items"))
                .hasSize(2);
    }

    @Test
    void theCurrentMonthsBudgetIsTheDefaultAndEightyPercentIsAWarning() {
        TestUser user = newUser();
        String month = YearMonth.from(TODAY).toString();
        finance().budget(user, "Coffee", month, "10");
        finance().record(user, "expense", "8.00", "USD", "coffee", TODAY);
        finance().record(user, "expense", "5.00", "EUR", "Coffee", TODAY);

        JsonNode current = api().get("/api/finance/budget", user.accessToken()).json();

        assertThat(current.path("month").asText()).isEqualTo(month);
        assertBudget(current.path("items").get(0), "Coffee", "USD", "10.00", "8.00", "2.00", "80.0", "warning");
    }

    @Test
    void invalidBudgetsAreRejectedNamingTheField() {
        TestUser user = newUser();
        assertThat(fieldOf(finance().budget(user, "Food", "2026-13", "10"))).isEqualTo("month");
        assertThat(fieldOf(finance().budget(user, "Food", "2026-01", "0"))).isEqualTo("amount");
        assertThat(fieldOf(finance().budget(user, "Food", "2026-01", "10.001"))).isEqualTo("amount");
        assertThat(fieldOf(finance().budget(user, " ", "2026-01", "10"))).isEqualTo("category");
        assertThat(fieldOf(api().post("/api/finance/budget", user.accessToken(),
                "{\"category\":\"Food\",\"month\":\"2026-01\",\"amount\":5,\"currency\":\"ABC\"}")))
                .isEqualTo("currency");
        assertThat(fieldOf(api().post("/api/finance/budget", user.accessToken(),
                "{\"category\":\"Food\",\"amount\":5}"))).isEqualTo("month");
        assertThat(fieldOf(api().get("/api/finance/budget?month=January", user.accessToken()))).isEqualTo("month");
        assertThat(fieldOf(finance().budget(user, "Food", "1899-12", "10"))).isEqualTo("month");
        assertThat(fieldOf(api().get("/api/finance/budget?month=10000-01", user.accessToken()))).isEqualTo("month");
        assertThat(api().get("/api/finance/budget?month=2026-01", user.accessToken()).json().path("items")).isEmpty();
    }

    private static void assertFlow(JsonNode flow, String income, String expenses, String net, String savingsRate) {
        assertMoney(flow.path("income"), income);
        assertMoney(flow.path("expenses"), expenses);
        assertMoney(flow.path("net"), net);
        if (flow.has("savings_rate")) {
            if (savingsRate == null) {
                assertThat(flow.path("savings_rate").isNull()).as(flow.toString()).isTrue();
            } else {
                assertMoney(flow.path("savings_rate"), savingsRate);
            }
        }
    }

    private static void assertBudget(JsonNode budget, String category, String currency, String limit, String spent,
                                     String remaining, String percentUsed, String status) {
        assertThat(budget.path("category").asText()).isEqualTo(category);
        assertThat(budget.path("currency").asText()).isEqualTo(currency);
        assertMoney(budget.path("limit"), limit);
        assertMoney(budget.path("spent"), spent);
        assertMoney(budget.path("remaining"), remaining);
        assertMoney(budget.path("percent_used"), percentUsed);
        assertThat(budget.path("status").asText()).isEqualTo(status);
    }

    private static void assertMoney(JsonNode node, String expected) {
        assertThat(node.isNumber()).as(node + " is a number").isTrue();
        assertThat(node.decimalValue()).as(node.toString()).isEqualByComparingTo(expected);
    }
}
