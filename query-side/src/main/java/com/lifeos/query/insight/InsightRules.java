package com.lifeos.query.insight;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * LifeOS's own three recommendations for the insights, used without a model (or when it fails): the first three
 * rules that apply, in this order, one per area. The last rules always apply, so there are always three.
 */
public final class InsightRules {

    private static final List<Function<Signals, Optional<Recommendation>>> RULES = List.of(
            InsightRules::overBudget,
            InsightRules::behindGoal,
            InsightRules::fallingSleep,
            InsightRules::strugglingHabit,
            InsightRules::overdueContacts,
            InsightRules::learningBelowAim,
            InsightRules::fallingMood,
            InsightRules::fallingProductivity,
            InsightRules::weakestArea,
            InsightRules::strongestArea,
            InsightRules::startTracking,
            InsightRules::reviewWeekly,
            InsightRules::blockFocusTime);

    private InsightRules() {
    }

    public static List<Recommendation> recommend(LifeSummary summary) {
        return Rules.first(Vocabulary.INSIGHTS, RULES, new Signals(summary), insight -> true, Recommendation::area);
    }

    static Optional<Recommendation> overBudget(Signals signals) {
        List<LifeSummary.Budget> over = signals.overBudgets();
        return over.stream().findFirst().map(budget -> new Recommendation(
                "Rein in " + budget.category() + " spending",
                "Check " + budget.category() + " before each purchase for the rest of the month, and set next "
                        + "month's limit to what you really spend or plan the cut.", "finance",
                over.size() + (over.size() == 1 ? " budget" : " budgets") + " over the limit; " + budget.category()
                        + " at " + budget.percentUsed() + "% of its limit"));
    }

    static Optional<Recommendation> behindGoal(Signals signals) {
        List<LifeSummary.Goal> behind = signals.behindGoals();
        return behind.stream().findFirst().map(goal -> new Recommendation(
                Rules.fitting("Get \"" + goal.title() + "\" back on schedule"),
                "Pick the next concrete step and book time for it this week; if the date no longer fits, move it "
                        + "rather than let the goal drift.", "goals",
                behind.size() + " of " + signals.summary().activeGoals().size() + " active goals behind; \""
                        + goal.title() + "\" at " + goal.progress() + "%"
                        + (goal.expectedProgress() == null ? "" : " against " + goal.expectedProgress() + "% expected")));
    }

    static Optional<Recommendation> fallingSleep(Signals signals) {
        return signals.sleepEvidence().map(evidence -> new Recommendation("Protect your sleep",
                "Keep a fixed bedtime this week and put screens away half an hour before it.", "health", evidence));
    }

    static Optional<Recommendation> strugglingHabit(Signals signals) {
        return signals.strugglingHabits().stream().findFirst().map(habit -> new Recommendation(
                Rules.fitting("Make \"" + habit.title() + "\" easier"),
                "Shrink it to a two-minute version or tie it to something you already do daily; consistency "
                        + "first, size later.", "habits",
                "\"" + habit.title() + "\" met " + habit.completionRateLastMonth() + "% of its due periods in 30 days"));
    }

    static Optional<Recommendation> overdueContacts(Signals signals) {
        int overdue = signals.overdueContacts();
        if (overdue == 0) {
            return Optional.empty();
        }
        return Optional.of(new Recommendation("Reconnect with the people you have lost touch with",
                "Send one message today and plan a call or meeting with the others this week.", "relationships",
                overdue + (overdue == 1 ? " contact" : " contacts") + " past their contact rhythm"));
    }

    static Optional<Recommendation> learningBelowAim(Signals signals) {
        if (!signals.learningBelowAim()) {
            return Optional.empty();
        }
        return Optional.of(new Recommendation("Put learning on the calendar",
                "Book short learning sessions on fixed days so the weekly aim happens by default.", "learning",
                signals.learningEvidence()));
    }

    static Optional<Recommendation> fallingMood(Signals signals) {
        return signals.moodFalling().map(trend -> new Recommendation("Look into what lowers your mood",
                "Re-read the last weeks' entries for what the harder days had in common, and plan one thing that "
                        + "lifts you this week.", "journal",
                "average mood from " + trend.from() + " to " + trend.to() + " of 5 (" + trend.changePercent() + "%)"));
    }

    static Optional<Recommendation> fallingProductivity(Signals signals) {
        LifeSummary.Productivity productivity = signals.summary().productivity();
        if (!Trends.DOWN.equals(productivity.direction())) {
            return Optional.empty();
        }
        String hour = productivity.mostProductiveHour() == null ? ""
                : "; your best hour is " + productivity.mostProductiveHour() + ":00";
        return Optional.of(new Recommendation("Guard your most productive hours",
                "Move focused work into the hours you score best and keep meetings out of them.", "time",
                "productivity " + productivity.averageLastWeek() + " in the last 7 days against "
                        + productivity.averageWeekBefore() + " the 7 before" + hour));
    }

    static Optional<Recommendation> weakestArea(Signals signals) {
        String area = signals.summary().balance().weakestArea();
        if (area == null) {
            return Optional.empty();
        }
        return Optional.of(new Recommendation("Give " + area + " some attention",
                "It is your lowest-scoring area; one small step there this week will move your balance most.", area,
                area + " score " + signals.score(area) + " of 100, your lowest"));
    }

    static Optional<Recommendation> strongestArea(Signals signals) {
        String area = signals.summary().balance().strongestArea();
        if (area == null) {
            return Optional.empty();
        }
        return Optional.of(new Recommendation("Keep " + area + " going",
                "It is your strongest area; note what makes it work and use the same trick elsewhere.", area,
                area + " score " + signals.score(area) + " of 100, your highest"));
    }

    static Optional<Recommendation> startTracking(Signals signals) {
        long scored = signals.summary().balance().areaScores().values().stream().filter(s -> s != null).count();
        return Optional.of(new Recommendation("Track one more area",
                "Advice is only as good as the numbers behind it: start logging an area you do not track yet.",
                "habits", scored + " of " + signals.summary().balance().areaScores().size() + " areas scored in 30 days"));
    }

    static Optional<Recommendation> reviewWeekly(Signals signals) {
        return Optional.of(new Recommendation("Review your week every Sunday",
                "Ten minutes to look at goals, habits and money together keeps small slips from adding up.", "goals",
                signals.summary().activeGoals().size() + " active goals and " + signals.summary().activeHabits().size()
                        + " active habits to review"));
    }

    static Optional<Recommendation> blockFocusTime(Signals signals) {
        Integer productivity = signals.summary().productivity().averageLastWeek();
        return Optional.of(new Recommendation("Block time for what matters",
                "Put one focused block a day in your calendar for your most important goal.", "time",
                productivity == null ? "0 of the last 7 days with a productivity score"
                        : "productivity " + productivity + " of 100 in the last 7 days"));
    }
}
