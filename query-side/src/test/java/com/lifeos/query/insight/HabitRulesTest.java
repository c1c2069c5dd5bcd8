package com.lifeos.query.insight;

import java.util.List;

import com.lifeos.api.habit.HabitFrequency;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HabitRulesTest {

    @Test
    void aBehindGoalGetsThreeWeeklySessions() {
        assertThat(HabitRules.workOnABehindGoal(new SummaryFixture()
                .goal("Speak Spanish", "learning", 20, 45, "behind").signals()))
                .get().satisfies(h -> {
                    assertThat(h.title()).isEqualTo("30 minutes on Speak Spanish");
                    assertThat(h.frequency()).isEqualTo(HabitFrequency.WEEKLY);
                    assertThat(h.targetPerWeek()).isEqualTo(3);
                    assertThat(h.why()).contains("20% done where 45% was expected");
                });
        assertThat(HabitRules.workOnABehindGoal(new SummaryFixture()
                .goal("Fine", "health", 50, 40, "on_track").signals())).isEmpty();
    }

    @Test
    void anOverrunBudgetGetsADailyExpenseLog() {
        assertThat(HabitRules.logEveryExpense(new SummaryFixture().budget("Food", "130.0", "over").signals()))
                .get().satisfies(h -> {
                    assertThat(h.frequency()).isEqualTo(HabitFrequency.DAILY);
                    assertThat(h.why()).startsWith("Food is at 130.0%");
                });
        assertThat(HabitRules.logEveryExpense(new SummaryFixture().budget("Food", "80.0", "warning").signals()))
                .isEmpty();
    }

    @Test
    void fallingSleepGetsAWindDown() {
        assertThat(HabitRules.windDownForSleep(new SummaryFixture()
                .trend("health", "sleep (hours)", "8.0", "6.0", "down").signals())).isPresent();
        assertThat(HabitRules.windDownForSleep(new SummaryFixture()
                .trend("health", "weight (kg)", "80", "70", "down").signals())).isEmpty();
    }

    @Test
    void overdueContactsGetAWeeklyMessage() {
        assertThat(HabitRules.reachOutWeekly(new SummaryFixture().overdueContacts(1).signals()))
                .get().satisfies(h -> {
                    assertThat(h.targetPerWeek()).isEqualTo(1);
                    assertThat(h.why()).startsWith("1 contact is past");
                });
    }

    @Test
    void learningBelowTheAimGetsWorkdaySessionsThatAddUpToIt() {
        assertThat(HabitRules.studyOnWorkdays(new SummaryFixture().learningMinutes(100).signals()))
                .get().satisfies(h -> {
                    assertThat(h.title()).isEqualTo("Study for 30 minutes");
                    assertThat(h.frequency()).isEqualTo(HabitFrequency.WEEKDAYS);
                    assertThat(h.daysOfWeek()).containsExactly(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.TUESDAY,
                            java.time.DayOfWeek.WEDNESDAY, java.time.DayOfWeek.THURSDAY, java.time.DayOfWeek.FRIDAY);
                });
    }

    @Test
    void aFallingMoodGetsThreeGoodThings() {
        assertThat(HabitRules.noteThreeGoodThings(new SummaryFixture()
                .trend("journal", "mood (1-5)", "4.0", "3.0", "down").signals())).isPresent();
    }

    @Test
    void atMostThreeAndNeverAHabitThePersonHas() {
        List<HabitRecommendation> habits = HabitRules.recommend(new SummaryFixture().learningMinutes(600)
                .habit("A 10-minute walk after lunch", "80.0").build());

        assertThat(habits).extracting(HabitRecommendation::title)
                .containsExactly("Plan tomorrow in five minutes", "Read 10 pages before bed");
        assertThat(HabitRules.recommend(new SummaryFixture().budget("Food", "130.0", "over").overdueContacts(3)
                .goal("Run", "health", 0, 30, "behind").build())).extracting(HabitRecommendation::title)
                .containsExactly("30 minutes on Run", "Log each expense the day it happens",
                        "Reach out to one person you miss");
    }
}
