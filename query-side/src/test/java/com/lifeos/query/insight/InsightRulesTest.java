package com.lifeos.query.insight;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InsightRulesTest {

    @Test
    void overrunBudgetsAreNamedWithTheirNumbers() {
        assertThat(InsightRules.overBudget(new SummaryFixture().budget("Food", "130.0", "over")
                .budget("Fun", "101.0", "over").signals()))
                .get().satisfies(r -> {
                    assertThat(r.area()).isEqualTo("finance");
                    assertThat(r.evidence()).isEqualTo("2 budgets over the limit; Food at 130.0% of its limit");
                });
    }

    @Test
    void behindGoalsCountAgainstAllActiveGoals() {
        assertThat(InsightRules.behindGoal(new SummaryFixture().goal("A", "health", 10, 50, "behind")
                .goal("B", "health", 60, 50, "on_track").signals()))
                .get().satisfies(r -> assertThat(r.evidence()).isEqualTo(
                        "1 of 2 active goals behind; \"A\" at 10% against 50% expected"));
    }

    @Test
    void aStrugglingHabitIsTheWeakestUnderHalf() {
        assertThat(InsightRules.strugglingHabit(new SummaryFixture().habit("Floss", "40.0").habit("Run", "20.0")
                .habit("Read", "90.0").habit("New", null).signals()))
                .get().satisfies(r -> assertThat(r.evidence()).isEqualTo("\"Run\" met 20.0% of its due periods in 30 days"));
        assertThat(InsightRules.strugglingHabit(new SummaryFixture().habit("Read", "50.0").signals())).isEmpty();
    }

    @Test
    void fallingProductivityNamesTheBestHour() {
        assertThat(InsightRules.fallingProductivity(new SummaryFixture().productivity(40, 60, "down", 9).signals()))
                .get().satisfies(r -> assertThat(r.evidence())
                        .isEqualTo("productivity 40 in the last 7 days against 60 the 7 before; your best hour is 9:00"));
        assertThat(InsightRules.fallingProductivity(new SummaryFixture().productivity(60, 40, "up", 9).signals()))
                .isEmpty();
    }

    @Test
    void theWeakestAndStrongestAreasAreNamedByScore() {
        Signals signals = new SummaryFixture().score("health", 30).score("habits", 90).signals();
        assertThat(InsightRules.weakestArea(signals)).get()
                .satisfies(r -> assertThat(r.evidence()).isEqualTo("health score 30 of 100, your lowest"));
        assertThat(InsightRules.strongestArea(signals)).get()
                .satisfies(r -> assertThat(r.area()).isEqualTo("habits"));
        assertThat(InsightRules.weakestArea(new SummaryFixture().score("health", 30).signals())).isEmpty();
        assertThat(InsightRules.strongestArea(new SummaryFixture().score("health", 30).signals())).isEmpty();
    }

    @Test
    void aNewAccountIsToldNeitherItsWeakestNorItsStrongestArea() {
        List<Recommendation> insights = InsightRules.recommend(new SummaryFixture().build());

        assertThat(insights).hasSize(3).noneSatisfy(r -> assertThat(r.evidence()).contains("your lowest"))
                .noneSatisfy(r -> assertThat(r.evidence()).contains("your highest"));
        assertThat(insights).extracting(Recommendation::title).contains("Track one more area");
    }

    @Test
    void alwaysThreeInsightsOfDifferentAreasEachWithNumbers() {
        assertThat(InsightRules.recommend(new SummaryFixture().learningMinutes(600).build()))
                .hasSize(3).allSatisfy(r -> assertThat(r.evidence()).containsPattern("\\d"))
                .extracting(Recommendation::area).doesNotHaveDuplicates();
        assertThat(InsightRules.recommend(new SummaryFixture().budget("Food", "130.0", "over").overdueContacts(2)
                .habit("Run", "10.0").trend("health", "sleep (hours)", "8", "6", "down").build()))
                .extracting(Recommendation::area).containsExactly("finance", "health", "habits");
    }
}
