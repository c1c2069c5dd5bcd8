package com.lifeos.query.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.lifeos.api.dashboard.AreaScoreView;
import com.lifeos.api.dashboard.DashboardOverviewView;
import com.lifeos.projection.dashboard.Areas;
import com.lifeos.projection.dashboard.FactRow;
import com.lifeos.projection.dashboard.SubjectRow;

/** Money in one currency: this month's income and expenses, and each budget's use, alerting from 80 %. */
final class FinancePicture {

    static final BigDecimal ALERT_PERCENT = BigDecimal.valueOf(80);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Picture picture;
    private final String currency;

    FinancePicture(Picture picture, String currency) {
        this.picture = picture;
        this.currency = currency;
    }

    DashboardOverviewView.Finance thisMonth() {
        YearMonth month = YearMonth.from(picture.today());
        Money money = money(month.atDay(1), picture.today());
        List<DashboardOverviewView.BudgetAlert> alerts = budgets(month).stream()
                .filter(b -> b.percentUsed().compareTo(ALERT_PERCENT) >= 0)
                .sorted(Comparator.comparing(DashboardOverviewView.BudgetAlert::percentUsed).reversed()
                        .thenComparing(DashboardOverviewView.BudgetAlert::category))
                .toList();
        return new DashboardOverviewView.Finance(month.toString(), currency, money.income(), money.expenses(),
                money.income().subtract(money.expenses()), alerts);
    }

    AreaScoreView score(LocalDate from, LocalDate to) {
        Money money = money(from, to);
        int budgets = 0;
        int within = 0;
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            for (DashboardOverviewView.BudgetAlert budget : budgets(month)) {
                budgets++;
                if (!"over".equals(budget.status())) {
                    within++;
                }
            }
        }
        return LifeScores.finance(currency, money.income(), money.expenses(), budgets, within);
    }

    private Money money(LocalDate from, LocalDate to) {
        BigDecimal income = BigDecimal.ZERO.setScale(2);
        BigDecimal expenses = BigDecimal.ZERO.setScale(2);
        for (FactRow fact : picture.facts(Areas.FINANCE, from, to)) {
            if (!currency.equals(fact.currency())) {
                continue;
            }
            if ("income".equals(fact.kind())) {
                income = income.add(fact.amount());
            } else if ("expense".equals(fact.kind())) {
                expenses = expenses.add(fact.amount());
            }
        }
        return new Money(income, expenses);
    }

    /** Every budget of the month in the currency, with what was spent against it so far. */
    private List<DashboardOverviewView.BudgetAlert> budgets(YearMonth month) {
        List<DashboardOverviewView.BudgetAlert> budgets = new ArrayList<>();
        for (SubjectRow budget : picture.subjects(Areas.FINANCE, "budget")) {
            if (!month.atDay(1).equals(budget.startDate()) || !currency.equals(budget.currency())) {
                continue;
            }
            BigDecimal spent = picture.facts(Areas.FINANCE, month.atDay(1), month.atEndOfMonth()).stream()
                    .filter(f -> "expense".equals(f.kind()) && currency.equals(f.currency())
                            && budget.label().equalsIgnoreCase(f.label()))
                    .map(FactRow::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
            BigDecimal percent = budget.amount().signum() == 0 ? HUNDRED
                    : spent.multiply(HUNDRED).divide(budget.amount(), 1, RoundingMode.HALF_EVEN);
            String status = percent.compareTo(HUNDRED) > 0 ? "over"
                    : percent.compareTo(ALERT_PERCENT) >= 0 ? "warning" : "ok";
            budgets.add(new DashboardOverviewView.BudgetAlert(budget.label(), budget.amount(), spent, percent,
                    status));
        }
        return budgets;
    }

    private record Money(BigDecimal income, BigDecimal expenses) {
    }
}
