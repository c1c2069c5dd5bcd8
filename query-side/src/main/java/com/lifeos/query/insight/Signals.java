package com.lifeos.query.insight;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The facts about a {@link LifeSummary} the rules act on, named once so every rule reads them the same way. */
final class Signals {

    static final BigDecimal SLEEP_HOURS_AIM = new BigDecimal("7");
    static final BigDecimal LOW_COMPLETION = BigDecimal.valueOf(50);

    private final LifeSummary summary;

    Signals(LifeSummary summary) {
        this.summary = summary;
    }

    LifeSummary summary() {
        return summary;
    }

    /** This month's budgets spent beyond their limit, most overrun first. */
    List<LifeSummary.Budget> overBudgets() {
        return summary.finance().budgets().stream().filter(budget -> "over".equals(budget.status()))
                .sorted((a, b) -> b.percentUsed().compareTo(a.percentUsed())).toList();
    }

    /** Active goals behind their expected progress, or overdue. */
    List<LifeSummary.Goal> behindGoals() {
        return summary.activeGoals().stream()
                .filter(goal -> "behind".equals(goal.state()) || "overdue".equals(goal.state())).toList();
    }

    /** Sleep falling week over week, or averaging under 7 hours in the last 7 days. */
    Optional<String> sleepEvidence() {
        Optional<LifeSummary.Trend> falling = summary.trends().stream()
                .filter(trend -> trend.measure().startsWith("sleep") && Trends.DOWN.equals(trend.direction()))
                .findFirst();
        if (falling.isPresent()) {
            LifeSummary.Trend trend = falling.get();
            return Optional.of("sleep went from %s to %s hours a night (%s%%, %s)".formatted(trend.from(), trend.to(),
                    trend.changePercent(), trend.period()));
        }
        return summary.health().stream()
                .filter(metric -> metric.metricType().equals("sleep") && metric.sevenDayAverage() != null
                        && metric.sevenDayAverage().compareTo(SLEEP_HOURS_AIM) < 0)
                .findFirst()
                .map(metric -> "sleep averaged %s hours in the last 7 days".formatted(metric.sevenDayAverage()));
    }

    /** Learning of the last four weeks (the current one to date) below the weekly aim scaled to those days. */
    boolean learningBelowAim() {
        LifeSummary.Learning learning = summary.learning();
        return learning.minutesLastFourWeeks() < learning.aimMinutesLastFourWeeks();
    }

    String learningEvidence() {
        LifeSummary.Learning learning = summary.learning();
        return "%d minutes of learning since %s (the last 4 weeks, today included) against an aim of %d a week"
                .formatted(learning.minutesLastFourWeeks(), learning.lastFourWeeksFrom(),
                        learning.weeklyAimMinutes());
    }

    int overdueContacts() {
        return summary.relationships().overdue();
    }

    Optional<LifeSummary.Trend> moodFalling() {
        return trendDown("journal");
    }

    Optional<LifeSummary.Trend> habitsFalling() {
        return trendDown("habits");
    }

    /** Active habits met in under half of their due periods over 30 days, weakest first. */
    List<LifeSummary.Habit> strugglingHabits() {
        return summary.activeHabits().stream()
                .filter(habit -> habit.completionRateLastMonth() != null
                        && habit.completionRateLastMonth().compareTo(LOW_COMPLETION) < 0)
                .sorted((a, b) -> a.completionRateLastMonth().compareTo(b.completionRateLastMonth())).toList();
    }

    boolean hasGoalIn(String category) {
        return summary.activeGoals().stream().anyMatch(goal -> category.equalsIgnoreCase(goal.category()));
    }

    /** Whether a goal or habit (or an accepted suggestion) of this title exists already, ignoring case. */
    boolean alreadyHas(String title) {
        String wanted = title.toLowerCase(Locale.ROOT);
        return summary.activeGoals().stream().anyMatch(goal -> goal.title().toLowerCase(Locale.ROOT).equals(wanted))
                || summary.activeHabits().stream().anyMatch(habit -> habit.title().toLowerCase(Locale.ROOT).equals(wanted))
                || summary.acceptedSuggestions().stream()
                        .anyMatch(accepted -> accepted.toLowerCase(Locale.ROOT).endsWith(": " + wanted));
    }

    Integer score(String area) {
        return summary.balance().areaScores().get(area);
    }

    private Optional<LifeSummary.Trend> trendDown(String area) {
        return summary.trends().stream()
                .filter(trend -> trend.area().equals(area) && Trends.DOWN.equals(trend.direction())).findFirst();
    }
}
