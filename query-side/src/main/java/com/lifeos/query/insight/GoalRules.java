package com.lifeos.query.insight;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * LifeOS's own goal suggestions, used without a model (or when it fails): the first three rules that apply, in
 * this order, skipping goals the person already has. The last rules always apply, so there are always three.
 */
public final class GoalRules {

    private static final List<Function<Signals, Optional<GoalSuggestion>>> RULES = List.of(
            GoalRules::stayWithinBudget,
            GoalRules::catchUpOnABehindGoal,
            GoalRules::sleepBetter,
            GoalRules::learnToTheWeeklyAim,
            GoalRules::reconnect,
            GoalRules::liftTheMood,
            GoalRules::walkMore,
            GoalRules::buildASavingsBuffer,
            GoalRules::finishACourse,
            GoalRules::planAMonthlyMeetUp,
            GoalRules::tryAHobby);

    private GoalRules() {
    }

    public static List<GoalSuggestion> suggest(LifeSummary summary) {
        Signals signals = new Signals(summary);
        return Rules.first(Vocabulary.GOALS, RULES, signals, goal -> !signals.alreadyHas(goal.title()),
                GoalSuggestion::title);
    }

    static Optional<GoalSuggestion> stayWithinBudget(Signals signals) {
        return signals.overBudgets().stream().findFirst().map(budget -> goal(
                "Keep " + budget.category() + " spending within its budget",
                "End next month with " + budget.category() + " at or under its limit.", "finance",
                signals.summary().today().plusMonths(1).with(TemporalAdjusters.lastDayOfMonth()),
                budget.category() + " is at " + budget.percentUsed() + "% of its budget this month."));
    }

    static Optional<GoalSuggestion> catchUpOnABehindGoal(Signals signals) {
        LocalDate today = signals.summary().today();
        return signals.behindGoals().stream().findFirst().map(behind -> {
            int aim = behind.expectedProgress() == null ? Math.min(100, behind.progress() + 25)
                    : Math.max(behind.expectedProgress(), behind.progress() + 10);
            String category = Vocabulary.GOAL_CATEGORIES.contains(lower(behind.category()))
                    ? lower(behind.category()) : "personal";
            return goal((aim >= 100 ? "Finish " : "Reach " + aim + "% on ") + behind.title(),
                    "A nearer milestone to get \"" + behind.title() + "\" back on schedule.", category,
                    today.plusWeeks(4), "\"" + behind.title() + "\" is " + behind.state() + ": " + behind.progress()
                            + "% done" + (behind.expectedProgress() == null ? "."
                            : " where " + behind.expectedProgress() + "% was expected by now."));
        });
    }

    static Optional<GoalSuggestion> sleepBetter(Signals signals) {
        return signals.sleepEvidence().map(evidence -> goal("Average 7.5 hours of sleep for a month",
                "A month in which your sleep log averages at least 7.5 hours a night.", "health",
                signals.summary().today().plusMonths(1), "Your " + evidence + "."));
    }

    static Optional<GoalSuggestion> learnToTheWeeklyAim(Signals signals) {
        if (!signals.learningBelowAim()) {
            return Optional.empty();
        }
        int aim = signals.summary().learning().weeklyAimMinutes();
        return Optional.of(goal("Learn " + aim + " minutes a week for 8 weeks",
                "Log at least " + aim + " minutes of learning in each of the next 8 weeks.", "learning",
                signals.summary().today().plusWeeks(8), Rules.capitalised(signals.learningEvidence()) + "."));
    }

    static Optional<GoalSuggestion> reconnect(Signals signals) {
        int overdue = signals.overdueContacts();
        if (overdue == 0) {
            return Optional.empty();
        }
        return Optional.of(goal("Catch up with every overdue contact",
                "Get back in touch with the " + overdue + " people past their contact rhythm.", "relationships",
                signals.summary().today().plusMonths(1),
                overdue + (overdue == 1 ? " contact is" : " contacts are") + " past their rhythm."));
    }

    static Optional<GoalSuggestion> liftTheMood(Signals signals) {
        return signals.moodFalling().map(trend -> goal("Journal three times a week for a month",
                "Twelve entries in the next four weeks, noting what lifted or lowered the day.", "personal",
                signals.summary().today().plusWeeks(4),
                "Your average mood went from " + trend.from() + " to " + trend.to() + " (of 5) over " + trend.period()
                        + "."));
    }

    static Optional<GoalSuggestion> walkMore(Signals signals) {
        return filler(signals, "fitness", "Walk 8,000 steps a day for a month",
                "A month of daily step counts at or above 8,000.", 1, "health");
    }

    static Optional<GoalSuggestion> buildASavingsBuffer(Signals signals) {
        return filler(signals, "finance", "Save one month of expenses",
                "Put aside as much as you spend in a month, as a buffer.", 6, "finance");
    }

    static Optional<GoalSuggestion> finishACourse(Signals signals) {
        return filler(signals, "learning", "Finish one course",
                "Pick one course and log sessions until it reaches 100%.", 3, "learning");
    }

    static Optional<GoalSuggestion> planAMonthlyMeetUp(Signals signals) {
        return Optional.of(goal("Meet a friend once a month for three months",
                "Three meet-ups, one a month, with people you care about.", "relationships",
                signals.summary().today().plusMonths(3), "A steady rhythm keeps relationships from lapsing"
                        + scoreClause(signals, "relationships") + "."));
    }

    static Optional<GoalSuggestion> tryAHobby(Signals signals) {
        return Optional.of(goal("Try a new hobby for a month", "Four weekly sessions of something you have wanted to try.",
                "hobby", signals.summary().today().plusMonths(1), "Variety lifts balance"
                        + (signals.summary().balance().lifeBalance() == null ? ""
                        : "; your life balance is " + signals.summary().balance().lifeBalance() + " of 100") + "."));
    }

    /** A general goal for a category the person has no active goal in. */
    private static Optional<GoalSuggestion> filler(Signals signals, String category, String title, String description,
                                                   int months, String area) {
        if (signals.hasGoalIn(category)) {
            return Optional.empty();
        }
        return Optional.of(goal(title, description, category, signals.summary().today().plusMonths(months),
                "You have no active " + category + " goal" + scoreClause(signals, area) + "."));
    }

    private static String scoreClause(Signals signals, String area) {
        Integer score = signals.score(area);
        return score == null ? "" : "; your " + area + " score is " + score + " of 100";
    }

    private static GoalSuggestion goal(String title, String description, String category, LocalDate targetDate,
                                       String why) {
        return new GoalSuggestion(null, Rules.fitting(title), description, category, targetDate, why);
    }

    private static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }
}
