package com.lifeos.query.insight;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.lifeos.api.habit.HabitFrequency;

/** A {@link LifeSummary} for the rule tests: a person with nothing recorded, given one fact at a time. */
final class SummaryFixture {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private final List<LifeSummary.Goal> goals = new ArrayList<>();
    private final List<LifeSummary.Habit> habits = new ArrayList<>();
    private final List<LifeSummary.Budget> budgets = new ArrayList<>();
    private final List<LifeSummary.Trend> trends = new ArrayList<>();
    private final List<LifeSummary.Health> health = new ArrayList<>();
    private final List<String> accepted = new ArrayList<>();
    private final Map<String, Integer> scores = new LinkedHashMap<>();
    private LifeSummary.Learning learning = learning(600);
    private LifeSummary.Productivity productivity = new LifeSummary.Productivity(null, null, null, null, null, null);
    private int overdueContacts;

    SummaryFixture() {
        for (String area : List.of("habits", "goals", "projects", "health", "finance", "learning", "relationships",
                "time", "journal")) {
            scores.put(area, null);
        }
    }

    SummaryFixture goal(String title, String category, int progress, Integer expected, String state) {
        goals.add(new LifeSummary.Goal(title, category, progress, TODAY.plusMonths(2), expected, state));
        return this;
    }

    SummaryFixture habit(String title, String completionRate) {
        habits.add(new LifeSummary.Habit(title, null, HabitFrequency.DAILY, null, 0,
                completionRate == null ? null : new BigDecimal(completionRate)));
        return this;
    }

    SummaryFixture budget(String category, String percentUsed, String status) {
        budgets.add(new LifeSummary.Budget(category, new BigDecimal(percentUsed), status));
        return this;
    }

    SummaryFixture trend(String area, String measure, String from, String to, String direction) {
        trends.add(new LifeSummary.Trend(area, measure, direction, new BigDecimal(from), new BigDecimal(to),
                null, "weekly averages, last 4 weeks"));
        return this;
    }

    SummaryFixture sleepAverage(String hours) {
        health.add(new LifeSummary.Health("sleep", "hours", new BigDecimal(hours), new BigDecimal(hours), 7));
        return this;
    }

    SummaryFixture learningMinutes(long lastFourWeeks) {
        learning = learning(lastFourWeeks);
        return this;
    }

    /** An aim of 150 minutes a week over a four-week window of 28 days (as on the last day of a week): 600. */
    private static LifeSummary.Learning learning(long lastFourWeeks) {
        return new LifeSummary.Learning(150, 0, TODAY.minusDays(27), lastFourWeeks, 600, 0);
    }

    SummaryFixture overdueContacts(int count) {
        overdueContacts = count;
        return this;
    }

    SummaryFixture score(String area, Integer score) {
        scores.put(area, score);
        return this;
    }

    SummaryFixture productivity(Integer recent, Integer before, String direction, Integer bestHour) {
        productivity = new LifeSummary.Productivity(recent, before, direction, bestHour, null, null);
        return this;
    }

    SummaryFixture accepted(String line) {
        accepted.add(line);
        return this;
    }

    LifeSummary build() {
        List<Map.Entry<String, Integer>> scored = scores.entrySet().stream().filter(e -> e.getValue() != null).toList();
        // as the dashboard judges: no strongest or weakest area until two areas score differently
        boolean standsOut = scored.stream().map(Map.Entry::getValue).distinct().count() > 1;
        String strongest = !standsOut ? null
                : scored.stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        String weakest = !standsOut ? null
                : scored.stream().min(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        return new LifeSummary(TODAY, false, new LifeSummary.Balance(null, scores, strongest, weakest), productivity,
                trends, goals, habits, new LifeSummary.Finance("2026-11", "EUR", BigDecimal.ZERO, BigDecimal.ZERO,
                budgets), health, learning, new LifeSummary.Relationships(overdueContacts, 0),
                new LifeSummary.Journal(0, null), accepted, null);
    }

    Signals signals() {
        return new Signals(build());
    }
}
