package com.lifeos.query.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.lifeos.api.dashboard.AreaScoreView;
import com.lifeos.api.shared.DateRange;
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
    void aGoalWithNothingExpectedYetHasNothingToJudge() {
        AreaScoreView justBegun = LifeScores.goals(List.of(new GoalStanding(0, 0)));

        assertThat(justBegun.score()).isNull();
        assertThat(justBegun.inputs()).containsEntry("scheduled_goals", 0).containsEntry("nothing_expected_yet", 1);
        // beside a goal that can be judged it is left out rather than counted as on schedule
        assertThat(LifeScores.goals(List.of(new GoalStanding(0, 0), new GoalStanding(20, 40))).score())
                .isEqualTo(50);
    }

    @Test
    void projectsScoreTheShareNotOverdue() {
        assertThat(LifeScores.projects(4, 1).score()).isEqualTo(75);
    }

    @Test
    void consistencyScoresCountDaysWithAnEntry() {
        assertThat(LifeScores.health(21, days(30)).score()).isEqualTo(70);
        assertThat(LifeScores.journal(1, days(3)).score()).isEqualTo(33);
        assertThat(LifeScores.journal(2, days(3)).score()).isEqualTo(67);
        assertThat(LifeScores.health(21, days(30)).inputs()).containsEntry("days", 30L)
                .containsEntry("judged_from", TODAY.minusDays(29));
    }

    @Test
    void anAreaNeverRecordedHasNoScoreRatherThanZero() {
        assertThat(LifeScores.health(0, null).score()).isNull();
        assertThat(LifeScores.journal(0, null).score()).isNull();
        assertThat(LifeScores.learning(0, null, 150).score()).isNull();
        assertThat(LifeScores.learning(0, null, 150).inputs()).containsEntry("days", 0L);
    }

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final DateRange MONTH = new DateRange(TODAY.minusDays(29), TODAY);

    /** The {@code n} days up to today. */
    private static DateRange days(int n) {
        return new DateRange(TODAY.minusDays(n - 1L), TODAY);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            # case                                          | range from | range to   | today      | first      | logged today | from       | to
            nothing ever recorded                           | 2026-11-04 | 2026-12-03 | 2026-12-03 | null       | false        | null       | null
            recorded long before the range: the whole range | 2026-11-04 | 2026-12-03 | 2026-12-03 | 2025-01-01 | true         | 2026-11-04 | 2026-12-03
            first record inside the range: from that day    | 2026-11-04 | 2026-12-03 | 2026-12-03 | 2026-11-30 | true         | 2026-11-30 | 2026-12-03
            today not logged yet does not count against     | 2026-11-04 | 2026-12-03 | 2026-12-03 | 2026-11-30 | false        | 2026-11-30 | 2026-12-02
            first record today, logged today: one day       | 2026-11-04 | 2026-12-03 | 2026-12-03 | 2026-12-03 | true         | 2026-12-03 | 2026-12-03
            a range reaching past today stops at today      | 2026-11-20 | 2026-12-20 | 2026-12-03 | 2026-11-01 | true         | 2026-11-20 | 2026-12-03
            a range wholly in the past counts all its days  | 2026-10-01 | 2026-10-31 | 2026-12-03 | 2026-10-15 | false        | 2026-10-15 | 2026-10-31
            a range before the first record has none        | 2026-10-01 | 2026-10-31 | 2026-12-03 | 2026-11-15 | true         | null       | null
            a range wholly after today has none             | 2026-12-10 | 2026-12-20 | 2026-12-03 | 2026-11-01 | true         | null       | null
            a first record dated after today has none       | 2026-11-04 | 2026-12-03 | 2026-12-03 | 2026-12-05 | false        | null       | null
            a range of only today, not logged yet           | 2026-12-03 | 2026-12-03 | 2026-12-03 | 2026-11-01 | false        | null       | null
            across the year end                             | 2026-12-15 | 2027-01-14 | 2027-01-14 | 2026-12-31 | true         | 2026-12-31 | 2027-01-14
            across a month end, today not logged            | 2026-02-01 | 2026-03-01 | 2026-03-01 | 2026-02-27 | false        | 2026-02-27 | 2026-02-28
            """)
    void anAreaIsJudgedFromItsFirstRecordUpToToday(String description, LocalDate rangeFrom, LocalDate rangeTo,
                                                  LocalDate today, LocalDate first, boolean loggedToday,
                                                  LocalDate from, LocalDate to) {
        DateRange judged = LifeScores.judgedDays(new DateRange(rangeFrom, rangeTo), first, loggedToday, today);

        assertThat(judged).isEqualTo(from == null ? null : new DateRange(from, to));
    }

    @Test
    void aOneMinuteOldAccountHasNoScoresNoBalanceAndNoStrongestOrWeakestArea() {
        List<AreaScoreView> areas = List.of(LifeScores.habits(0, 0), LifeScores.goals(List.of()),
                LifeScores.projects(0, 0), LifeScores.health(0, LifeScores.judgedDays(MONTH, null, false, TODAY)),
                LifeScores.finance("EUR", BigDecimal.ZERO, BigDecimal.ZERO, 0, 0),
                LifeScores.learning(0, LifeScores.judgedDays(MONTH, null, false, TODAY), 150),
                LifeScores.relationships(0, 0), LifeScores.time(Weighted.NONE, 0),
                LifeScores.journal(0, LifeScores.judgedDays(MONTH, null, false, TODAY)));

        assertThat(areas).extracting(AreaScoreView::score).containsOnlyNulls();
        assertThat(Balance.balance(areas).score()).isNull();
        assertThat(Balance.balance(areas).inputs()).containsEntry("areas_scored", 0);
        assertThat(Balance.strongest(areas)).isNull();
        assertThat(Balance.weakest(areas)).isNull();
    }

    @Test
    void oneScoredAreaIsNeitherABalanceNorStrongestNorWeakest() {
        List<AreaScoreView> areas = List.of(LifeScores.habits(1, 1), LifeScores.projects(0, 0));

        assertThat(Balance.balance(areas).score()).isNull();
        assertThat(Balance.balance(areas).inputs()).containsEntry("areas_scored", 1);
        assertThat(Balance.strongest(areas)).isNull();
        assertThat(Balance.weakest(areas)).isNull();
    }

    @Test
    void twoScoredAreasHaveABalanceAndAStrongestAndWeakest() {
        List<AreaScoreView> areas = List.of(LifeScores.habits(0, 0), LifeScores.habits(10, 8),
                LifeScores.projects(10, 6));

        assertThat(Balance.balance(areas).score()).isEqualTo(50);
        assertThat(Balance.strongest(areas)).isEqualTo("habits");
        assertThat(Balance.weakest(areas)).isEqualTo("projects");
    }

    @Test
    void areasThatAllScoreTheSameHaveABalanceButNoneStandsOut() {
        List<AreaScoreView> areas = List.of(LifeScores.habits(4, 3), LifeScores.projects(4, 1));

        assertThat(Balance.balance(areas).score()).isEqualTo(75);
        assertThat(Balance.strongest(areas)).isNull();
        assertThat(Balance.weakest(areas)).isNull();
    }

    @Test
    void amongEqualScoresTheFirstListedStandsOut() {
        // 100, 100, 0, 0
        List<AreaScoreView> areas = List.of(LifeScores.habits(4, 4), LifeScores.projects(4, 0),
                LifeScores.relationships(4, 4), LifeScores.journal(0, days(2)));

        assertThat(Balance.strongest(areas)).isEqualTo("habits");
        assertThat(Balance.weakest(areas)).isEqualTo("relationships");
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
        assertThat(LifeScores.learning(150, days(7), 150).score()).isEqualTo(100);
        assertThat(LifeScores.learning(300, days(28), 150).score()).isEqualTo(50);
        assertThat(LifeScores.learning(900, days(7), 150).score()).isEqualTo(100);
        assertThat(LifeScores.learning(0, days(30), 150).score()).isZero();
        // 75 minutes on the first day of learning: an aim of 150 x 1 / 7 = 21.4 minutes, so capped at 100
        assertThat(LifeScores.learning(75, days(1), 150).score()).isEqualTo(100);
    }

    @Test
    void noAimIsNoLearningScore() {
        assertThat(LifeScores.learning(60, days(7), 0).score()).isNull();
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

        AreaScoreView balance = Balance.balance(areas);

        assertThat(balance.score()).isEqualTo(50);
        assertThat(balance.inputs()).containsEntry("areas_scored", 2);
    }

    @Test
    void evenScoresBalancePerfectly() {
        assertThat(Balance.balance(List.of(LifeScores.habits(4, 3), LifeScores.projects(4, 1))).score())
                .isEqualTo(75);
    }

    @Test
    void noScoredAreaIsNoBalance() {
        assertThat(Balance.balance(List.of(LifeScores.habits(0, 0))).score()).isNull();
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
