package com.lifeos.query.insight;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.lifeos.api.habit.HabitFrequency;

/**
 * LifeOS's own habit recommendations, used without a model (or when it fails): the first three rules that apply,
 * in this order, skipping habits the person already has. The last rules always apply.
 */
public final class HabitRules {

    private static final List<DayOfWeek> WORKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    private static final List<Function<Signals, Optional<HabitRecommendation>>> RULES = List.of(
            HabitRules::workOnABehindGoal,
            HabitRules::logEveryExpense,
            HabitRules::windDownForSleep,
            HabitRules::reachOutWeekly,
            HabitRules::studyOnWorkdays,
            HabitRules::noteThreeGoodThings,
            HabitRules::walkAfterLunch,
            HabitRules::planTomorrow,
            HabitRules::readBeforeBed);

    private HabitRules() {
    }

    public static List<HabitRecommendation> recommend(LifeSummary summary) {
        Signals signals = new Signals(summary);
        return Rules.first(Vocabulary.MAX_HABITS, RULES, signals, habit -> !signals.alreadyHas(habit.title()),
                HabitRecommendation::title);
    }

    static Optional<HabitRecommendation> workOnABehindGoal(Signals signals) {
        return signals.behindGoals().stream().findFirst().map(goal -> new HabitRecommendation(null,
                Rules.fitting("30 minutes on " + goal.title()), HabitFrequency.WEEKLY, 3, null,
                "\"" + goal.title() + "\" is " + goal.state() + ": " + goal.progress() + "% done"
                        + (goal.expectedProgress() == null ? "" : " where " + goal.expectedProgress()
                        + "% was expected by now") + "; three short sessions a week close the gap."));
    }

    static Optional<HabitRecommendation> logEveryExpense(Signals signals) {
        return signals.overBudgets().stream().findFirst().map(budget -> new HabitRecommendation(null,
                "Log each expense the day it happens", HabitFrequency.DAILY, null, null,
                budget.category() + " is at " + budget.percentUsed() + "% of its budget this month; seeing spending "
                        + "daily keeps it from running over."));
    }

    static Optional<HabitRecommendation> windDownForSleep(Signals signals) {
        return signals.sleepEvidence().map(evidence -> new HabitRecommendation(null, "Screens off by 22:30",
                HabitFrequency.DAILY, null, null, "Your " + evidence + "; a fixed wind-down time protects it."));
    }

    static Optional<HabitRecommendation> reachOutWeekly(Signals signals) {
        int overdue = signals.overdueContacts();
        if (overdue == 0) {
            return Optional.empty();
        }
        return Optional.of(new HabitRecommendation(null, "Reach out to one person you miss", HabitFrequency.WEEKLY,
                1, null, overdue + (overdue == 1 ? " contact is" : " contacts are") + " past their rhythm; one "
                + "message a week catches up."));
    }

    static Optional<HabitRecommendation> studyOnWorkdays(Signals signals) {
        if (!signals.learningBelowAim()) {
            return Optional.empty();
        }
        int minutes = Math.max(10, signals.summary().learning().weeklyAimMinutes() / WORKDAYS.size());
        return Optional.of(new HabitRecommendation(null, "Study for " + minutes + " minutes",
                HabitFrequency.WEEKDAYS, null, WORKDAYS, Rules.capitalised(signals.learningEvidence())
                + "; " + minutes + " minutes on each workday reach it."));
    }

    static Optional<HabitRecommendation> noteThreeGoodThings(Signals signals) {
        return signals.moodFalling().map(trend -> new HabitRecommendation(null, "Write down three good things",
                HabitFrequency.DAILY, null, null, "Your average mood went from " + trend.from() + " to " + trend.to()
                + " (of 5) over " + trend.period() + "."));
    }

    static Optional<HabitRecommendation> walkAfterLunch(Signals signals) {
        Integer health = signals.score("health");
        return Optional.of(new HabitRecommendation(null, "A 10-minute walk after lunch", HabitFrequency.DAILY, null,
                null, "Daily movement is the easiest health win" + (health == null ? ""
                : "; your health score is " + health + " of 100") + "."));
    }

    static Optional<HabitRecommendation> planTomorrow(Signals signals) {
        Integer productivity = signals.summary().productivity().averageLastWeek();
        return Optional.of(new HabitRecommendation(null, "Plan tomorrow in five minutes", HabitFrequency.WEEKDAYS,
                null, WORKDAYS, "A plan made the evening before makes the day's first hour count"
                + (productivity == null ? "" : "; your productivity averaged " + productivity
                + " of 100 in the last 7 days") + "."));
    }

    static Optional<HabitRecommendation> readBeforeBed(Signals signals) {
        return Optional.of(new HabitRecommendation(null, "Read 10 pages before bed", HabitFrequency.DAILY, null, null,
                "Reading instead of scrolling helps both learning and sleep"
                        + (signals.score("learning") == null ? "" : "; your learning score is "
                        + signals.score("learning") + " of 100") + "."));
    }
}
