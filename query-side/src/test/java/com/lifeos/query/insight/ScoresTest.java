package com.lifeos.query.insight;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.lifeos.api.dashboard.AreaScoreView;
import com.lifeos.api.dashboard.DashboardMetricsView;
import com.lifeos.api.dashboard.DayProductivityView;
import com.lifeos.api.time.TimeProductivityView;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScoresTest {

    private static final LocalDate FROM = LocalDate.of(2026, 11, 1);

    @Test
    void balanceTakesTheScoresAndTheStrongestAndWeakestAreasAsTheDashboardJudgedThem() {
        LifeSummary.Balance balance = Scores.balance(metrics(List.of(area("habits", 80), area("goals", null),
                area("health", 35), area("finance", 80), area("journal", 35)), List.of()));

        assertThat(balance.lifeBalance()).isEqualTo(61);
        assertThat(balance.areaScores()).containsEntry("goals", null).containsEntry("habits", 80);
        assertThat(balance.strongestArea()).isEqualTo("habits");
        assertThat(balance.weakestArea()).isEqualTo("health");
    }

    @Test
    void nothingJudgedIsNullNotZero() {
        LifeSummary.Balance balance = Scores.balance(new DashboardMetricsView(FROM, FROM.plusDays(29),
                List.of(area("habits", null), area("health", null)), area("life_balance", null), null, null,
                List.of()));

        assertThat(balance.lifeBalance()).isNull();
        assertThat(balance.strongestArea()).isNull();
        assertThat(balance.weakestArea()).isNull();
        assertThat(balance.areaScores()).containsEntry("habits", null).containsEntry("health", null);
    }

    @Test
    void productivityComparesTheLastSevenScoredDaysWithTheSevenBefore() {
        List<DayProductivityView> days = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            Integer score = i == 15 ? null : Integer.valueOf(i < 2 ? 100 : i < 9 ? 60 : 40);
            days.add(new DayProductivityView(FROM.plusDays(i), score, Map.of()));
        }
        TimeProductivityView time = new TimeProductivityView(FROM, FROM.plusDays(15), List.of(), List.of(
                new TimeProductivityView.WeekdayScore(DayOfWeek.MONDAY, 60, new BigDecimal("6.00")),
                new TimeProductivityView.WeekdayScore(DayOfWeek.TUESDAY, 60, new BigDecimal("8.50")),
                new TimeProductivityView.WeekdayScore(DayOfWeek.WEDNESDAY, 0, null)), 9, 15);

        LifeSummary.Productivity productivity = Scores.productivity(metrics(List.of(), days), time);

        assertThat(productivity.averageLastWeek()).isEqualTo(40);
        assertThat(productivity.averageWeekBefore()).isEqualTo(60);
        assertThat(productivity.direction()).isEqualTo("down");
        assertThat(productivity.mostProductiveHour()).isEqualTo(9);
        assertThat(productivity.leastProductiveHour()).isEqualTo(15);
        assertThat(productivity.mostProductiveWeekday()).isEqualTo(DayOfWeek.TUESDAY);
    }

    @Test
    void withoutScoredDaysThereIsNoProductivityDirection() {
        LifeSummary.Productivity productivity = Scores.productivity(metrics(List.of(), List.of()),
                new TimeProductivityView(FROM, FROM, List.of(), List.of(), null, null));

        assertThat(productivity.averageLastWeek()).isNull();
        assertThat(productivity.direction()).isNull();
        assertThat(productivity.mostProductiveWeekday()).isNull();
    }

    private static DashboardMetricsView metrics(List<AreaScoreView> areas, List<DayProductivityView> days) {
        return new DashboardMetricsView(FROM, FROM.plusDays(29), areas, area("life_balance", 61), "habits", "health",
                days);
    }

    private static AreaScoreView area(String name, Integer score) {
        return new AreaScoreView(name, score, Map.of(), "");
    }
}
