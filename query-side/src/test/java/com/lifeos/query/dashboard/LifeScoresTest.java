package com.lifeos.query.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.lifeos.api.dashboard.AreaScoreView;
import com.lifeos.query.dashboard.LifeScores.GoalStanding;
import com.lifeos.query.dashboard.LifeScores.Weighted;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LifeScoresTest {

    @ParameterizedTest(name = "{1} of {0} due periods met scores {2}")
    @CsvSource(textBlock = """
            10, 10, 100
            10,  0,   0
             3,  2,  67
             8,  1,  13
            """)
    void habitsScoreTheShareOfDuePeriodsMet(int due, int met, int score) {
        assertThat(LifeScores.habits(due, met).score()).isEqualTo(score);
    }

    @Test
    void nothingDueIsNoScoreRatherThanZero() {
        assertThat(LifeScores.habits(0, 0).score()).isNull();
        assertThat(LifeScores.projects(0, 0).score()).isNull();
        assertThat(LifeScores.relationships(0, 0).score()).isNull();
        assertThat(LifeScores.goals(List.of()).score()).isNull();
        assertThat(LifeScores.time(Weighted.NONE, 120).score()).isNull();
    }

    @Test
    void goalsAheadCountFullyAndGoalsBehindByTheirShareOfExpectedProgress() {
        // ahead: 1; exactly on schedule: 1; 30 of an expected 60: 0.5 → mean 0.8333 → 83
        AreaScoreView goals = LifeScores.goals(List.of(new GoalStanding(70, 50), new GoalStanding(40, 40),
                new GoalStanding(30, 60)));

        assertThat(goals.score()).isEqualTo(83);
        assertThat(goals.inputs()).containsEntry("scheduled_goals", 3).containsEntry("behind_expected", 1);
    }

    @Test
    void aGoalWithNothingExpectedYetIsOnSchedule() {
        assertThat(LifeScores.goals(List.of(new GoalStanding(0, 0))).score()).isEqualTo(100);
    }

    @Test
    void projectsScoreTheShareNotOverdue() {
        assertThat(LifeScores.projects(4, 1).score()).isEqualTo(75);
    }

    @Test
    void consistencyScoresCountDaysWithAnEntry() {
        assertThat(LifeScores.health(21, 30).score()).isEqualTo(70);
        assertThat(LifeScores.journal(1, 3).score()).isEqualTo(33);
        assertThat(LifeScores.journal(2, 3).score()).isEqualTo(67);
    }

    @ParameterizedTest(name = "income {0}, expenses {1}, budgets {2}/{3} within → {4}")
    @CsvSource(textBlock = """
            # income | expenses | budgets | within | score
            1000.00  | 800.00   | 0       | 0      | 70
            1000.00  | 500.00   | 0       | 0      | 100
            1000.00  | 1500.00  | 0       | 0      | 0
            1000.00  | 2500.00  | 0       | 0      | 0
            0.00     | 40.00    | 0       | 0      | 0
            1000.00  | 800.00   | 4       | 3      | 73
            0.00     | 0.00     | 2       | 1      | 50
            """, delimiter = '|')
    void financeAveragesSavingAndKeepingBudgets(BigDecimal income, BigDecimal expenses, int budgets, int within,
                                                int score) {
        assertThat(LifeScores.finance("EUR", income, expenses, budgets, within).score()).isEqualTo(score);
    }

    @Test
    void financeWithNoMoneyAndNoBudgetsHasNoScore() {
        assertThat(LifeScores.finance("EUR", BigDecimal.ZERO, BigDecimal.ZERO, 0, 0).score()).isNull();
    }

    @Test
    void financeShowsTheSavingsRateItUsed() {
        AreaScoreView finance = LifeScores.finance("EUR", new BigDecimal("3000.00"), new BigDecimal("2250.00"), 0, 0);

        assertThat(finance.inputs()).containsEntry("savings_rate", new BigDecimal("25.0"));
        assertThat(finance.score()).isEqualTo(75);
    }

    @Test
    void learningIsMeasuredAgainstTheWeeklyAimForTheRangeAndCapped() {
        assertThat(LifeScores.learning(150, 7, 150).score()).isEqualTo(100);
        assertThat(LifeScores.learning(300, 28, 150).score()).isEqualTo(50);
        assertThat(LifeScores.learning(900, 7, 150).score()).isEqualTo(100);
        assertThat(LifeScores.learning(0, 30, 150).score()).isZero();
    }

    @Test
    void timeIsTheDurationWeightedProductivityTimesTen() {
        // 60 minutes at 8 and 30 minutes at 5: (480 + 150) / 90 = 7.0 → 70
        Weighted scores = Weighted.NONE.plus(BigDecimal.valueOf(8), BigDecimal.valueOf(60))
                .plus(BigDecimal.valueOf(5), BigDecimal.valueOf(30));

        assertThat(LifeScores.time(scores, 120).score()).isEqualTo(70);
    }

    @Test
    void relationshipsScoreContactsNotOverdue() {
        assertThat(LifeScores.relationships(3, 1).score()).isEqualTo(67);
    }

    @Test
    void balanceIsTheMeanLessHalfTheSpreadOfTheScoredAreas() {
        // scores 80 and 40: mean 60, population stddev 20 → 50; the unscored area is left out
        List<AreaScoreView> areas = List.of(LifeScores.habits(10, 8), LifeScores.projects(10, 6),
                LifeScores.habits(0, 0));

        AreaScoreView balance = LifeScores.balance(areas);

        assertThat(balance.score()).isEqualTo(50);
        assertThat(balance.inputs()).containsEntry("areas_scored", 2);
    }

    @Test
    void evenScoresBalancePerfectly() {
        assertThat(LifeScores.balance(List.of(LifeScores.habits(4, 3), LifeScores.projects(4, 1))).score())
                .isEqualTo(75);
    }

    @Test
    void noScoredAreaIsNoBalance() {
        assertThat(LifeScores.balance(List.of(LifeScores.habits(0, 0))).score()).isNull();
    }

    @Test
    void aDaysProductivityAveragesHabitsDoneAndTrackedTimeWhereEachExists() {
        LocalDate day = LocalDate.of(2026, 3, 29);
        Weighted sevens = Weighted.NONE.plus(BigDecimal.valueOf(7), BigDecimal.valueOf(45));

        assertThat(LifeScores.productivity(day, 4, 3, sevens).score()).isEqualTo(73); // (75 + 70) / 2 = 72.5
        assertThat(LifeScores.productivity(day, 0, 0, sevens).score()).isEqualTo(70);
        assertThat(LifeScores.productivity(day, 2, 1, Weighted.NONE).score()).isEqualTo(50);
        assertThat(LifeScores.productivity(day, 0, 0, Weighted.NONE).score()).isNull();
    }
}
