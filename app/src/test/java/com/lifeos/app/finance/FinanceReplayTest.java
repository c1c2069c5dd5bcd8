package com.lifeos.app.finance;

import java.time.LocalDate;
import java.time.YearMonth;

import com.lifeos.app.support.ApiTestSupport;
import com.lifeos.app.support.TestUser;
import com.lifeos.app.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class FinanceReplayTest extends ApiTestSupport {

    private static final LocalDate TODAY = TestClock.today();

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void replayingTheFinanceGroupRebuildsIdenticalReadsAndRows() {
        TestUser user = newUser();
        FinanceFixtures finance = new FinanceFixtures(api());
        api().put("/api/settings/currency", user.accessToken(), "{\"value\":\"EUR\"}");
        String salary = finance.record(user, "income", "2500", "EUR", "Salary", LocalDate.parse("2026-01-31"));
        String rent = finance.record(user, "expense", "900", "EUR", "Rent", LocalDate.parse("2026-02-01"));
        String gone = finance.record(user, "expense", "15.25", "USD", "Books", LocalDate.parse("2025-12-24"));
        finance.record(user, "expense", "3.40", "EUR", "coffee", TODAY);
        api().post("/api/finance/records", user.accessToken(), """
                {"type":"expense","amount":61.9,"category":"Food","description":"market","date":"2026-02-02"}""");
        api().put("/api/finance/records/" + rent, user.accessToken(), "{\"amount\":950,\"description\":\"new lease\"}");
        api().put("/api/finance/records/" + salary, user.accessToken(), "{\"date\":\"2026-02-01\"}");
        api().delete("/api/finance/records/" + gone, user.accessToken());
        finance.importCsv(user, "date,type,amount,category,description\n2026-02-03,expense,12,Food,\"bread, milk\"\n");
        finance.budget(user, "Food", "2026-02", "100");
        finance.budget(user, "Rent", "2026-02", "1000");
        finance.budget(user, "Rent", "2026-02", "940");
        finance.budget(user, "Fun", "2026-02", "50");
        api().delete("/api/finance/budget/fun?month=2026-02", user.accessToken());
        finance.budget(user, "Coffee", YearMonth.from(TODAY).toString(), "20");

        TestUser admin = admin();
        String before = reads(user, finance);
        String rows = rows();

        replay("finance", admin);

        assertThat(reads(user, finance)).isEqualTo(before);
        assertThat(rows()).isEqualTo(rows);
        assertThat(rows).contains(gone).contains("Fun");
    }

    private String reads(TestUser user, FinanceFixtures finance) {
        return api().get("/api/finance/records?size=100", user.accessToken()).body()
                + finance.csv(user, "").body()
                + api().get("/api/finance/analytics?from=2025-12-01&to=" + TODAY, user.accessToken()).body()
                + api().get("/api/finance/analytics?currency=USD", user.accessToken()).body()
                + api().get("/api/finance/budget?month=2026-02", user.accessToken()).body()
                + api().get("/api/finance/budget", user.accessToken()).body();
    }

    private String rows() {
        return jdbc.queryForList("SELECT * FROM financial_record ORDER BY id").toString()
                + jdbc.queryForList("SELECT * FROM finance_budget ORDER BY id");
    }
}
