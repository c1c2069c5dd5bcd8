package com.lifeos.query.insight;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static com.lifeos.query.insight.SummaryFixture.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

class GoalRulesTest {

    @Test
    void anOverrunBudgetSuggestsStayingWithinItNextMonth() {
        Optional<GoalSuggestion> goal = GoalRules.stayWithinBudget(new SummaryFixture()
                .budget("Rent", "95.0", "warning").budget("Food", "120.0", "over").budget("Fun", "180.5", "over")
                .signals());

        assertThat(goal).get().satisfies(g -> {
            assertThat(g.title()).isEqualTo("Keep Fun spending within its budget");
            assertThat(g.category()).isEqualTo("finance");
            assertThat(g.targetDate()).isEqualTo(LocalDate.of(2026, 12, 31));
            assertThat(g.why()).contains("180.5%");
        });
    }

    @Test
    void budgetsWithinTheirLimitSuggestNothing() {
        assertThat(GoalRules.stayWithinBudget(new SummaryFixture().budget("Food", "99.9", "warning").signals()))
                .isEmpty();
    }

    @Test
    void aGoalBehindScheduleGetsANearerMilestone() {
        Optional<GoalSuggestion> goal = GoalRules.catchUpOnABehindGoal(new SummaryFixture()
                .goal("Fine", "health", 50, 40, "on_track").goal("Speak Spanish", "learning", 20, 45, "behind")
                .signals());

        assertThat(goal).get().satisfies(g -> {
            assertThat(g.title()).isEqualTo("Reach 45% on Speak Spanish");
            assertThat(g.category()).isEqualTo("learning");
            assertThat(g.targetDate()).isEqualTo(TODAY.plusWeeks(4));
            assertThat(g.why()).contains("20% done where 45% was expected");
        });
    }

    @Test
    void anOverdueGoalIsToBeFinishedAndAnUnknownCategoryBecomesPersonal() {
        assertThat(GoalRules.catchUpOnABehindGoal(new SummaryFixture()
                .goal("Write the thesis", "phd", 70, 100, "overdue").signals()))
                .get().satisfies(g -> {
                    assertThat(g.title()).isEqualTo("Finish Write the thesis");
                    assertThat(g.category()).isEqualTo("personal");
                });
    }

    @Test
    void fallingSleepSuggestsASleepGoal() {
        assertThat(GoalRules.sleepBetter(new SummaryFixture()
                .trend("health", "sleep (hours)", "7.9", "6.2", "down").signals()))
                .get().satisfies(g -> assertThat(g.why()).contains("from 7.9 to 6.2"));
        assertThat(GoalRules.sleepBetter(new SummaryFixture().sleepAverage("6.5").signals())).isPresent();
        assertThat(GoalRules.sleepBetter(new SummaryFixture().sleepAverage("7.5")
                .trend("health", "sleep (hours)", "7.0", "7.5", "up").signals())).isEmpty();
    }

    @Test
    void learningBelowTheWeeklyAimSuggestsEightWeeksAtTheAim() {
        assertThat(GoalRules.learnToTheWeeklyAim(new SummaryFixture().learningMinutes(200).signals()))
                .get().satisfies(g -> {
                    assertThat(g.title()).isEqualTo("Learn 150 minutes a week for 8 weeks");
                    assertThat(g.why()).contains("200 minutes", "aim of 150");
                });
        assertThat(GoalRules.learnToTheWeeklyAim(new SummaryFixture().learningMinutes(600).signals())).isEmpty();
    }

    @Test
    void overdueContactsSuggestCatchingUp() {
        assertThat(GoalRules.reconnect(new SummaryFixture().overdueContacts(2).signals()))
                .get().satisfies(g -> assertThat(g.why()).isEqualTo("2 contacts are past their rhythm."));
        assertThat(GoalRules.reconnect(new SummaryFixture().signals())).isEmpty();
    }

    @Test
    void aFallingMoodSuggestsJournaling() {
        assertThat(GoalRules.liftTheMood(new SummaryFixture().trend("journal", "mood (1-5)", "4.0", "2.5", "down")
                .signals())).get().satisfies(g -> assertThat(g.why()).contains("from 4.0 to 2.5"));
    }

    @Test
    void generalGoalsOnlyForCategoriesWithoutAnActiveGoal() {
        assertThat(GoalRules.walkMore(new SummaryFixture().signals())).isPresent();
        assertThat(GoalRules.walkMore(new SummaryFixture().goal("Run", "Fitness", 0, null, "unscheduled").signals()))
                .isEmpty();
        assertThat(GoalRules.buildASavingsBuffer(new SummaryFixture().score("finance", 40).signals()))
                .get().satisfies(g -> assertThat(g.why()).contains("finance score is 40"));
    }

    @Test
    void alwaysThreeDistinctSuggestionsAndNeverOneThePersonHas() {
        assertThat(GoalRules.suggest(new SummaryFixture().learningMinutes(600).build())).extracting(GoalSuggestion::title)
                .containsExactly("Walk 8,000 steps a day for a month", "Save one month of expenses",
                        "Finish one course");
        assertThat(GoalRules.suggest(new SummaryFixture().learningMinutes(600)
                .goal("Walk 8,000 steps a day for a month", "health", 0, null, "unscheduled")
                .accepted("goal: Save one month of expenses").build()))
                .extracting(GoalSuggestion::title)
                .containsExactly("Finish one course", "Meet a friend once a month for three months",
                        "Try a new hobby for a month");
        assertThat(GoalRules.suggest(new SummaryFixture().budget("Food", "130.0", "over").overdueContacts(1)
                .build())).extracting(GoalSuggestion::category).containsExactly("finance", "relationships", "fitness");
    }
}
