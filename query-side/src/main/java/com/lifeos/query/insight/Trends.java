package com.lifeos.query.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.lifeos.api.habit.HabitAnalyticsView;
import com.lifeos.api.health.HealthTrendsView;
import com.lifeos.api.journal.JournalMoodTrendsView;
import com.lifeos.api.learning.LearningAnalyticsView;
import com.lifeos.query.insight.LifeSummary.Trend;

/**
 * Which way a person's measures move, judged from the features' own trend views: the first value with data
 * against the last, {@code flat} while the change stays within ±5 %. Percent to one decimal, half up.
 */
public final class Trends {

    static final String UP = "up";
    static final String DOWN = "down";
    static final String FLAT = "flat";
    private static final BigDecimal FLAT_WITHIN = BigDecimal.valueOf(5);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Trends() {
    }

    static Optional<Trend> of(String area, String measure, BigDecimal from, BigDecimal to, String period) {
        if (from == null || to == null) {
            return Optional.empty();
        }
        BigDecimal percent = from.signum() == 0 ? null
                : to.subtract(from).multiply(HUNDRED).divide(from.abs(), 1, RoundingMode.HALF_UP);
        return Optional.of(new Trend(area, measure, direction(from, to, percent), from, to, percent, period));
    }

    /** A health metric's weekly averages: the first week with readings against the last. */
    public static Optional<Trend> health(HealthTrendsView view) {
        List<BigDecimal> averages = view.points().stream().map(HealthTrendsView.Point::average)
                .filter(Objects::nonNull).toList();
        if (averages.size() < 2) {
            return Optional.empty();
        }
        return of("health", view.metricType() + " (" + view.unit() + ")", averages.getFirst(), averages.getLast(),
                "weekly averages, last " + view.points().size() + " weeks");
    }

    /** The journal's average mood (1 awful … 5 great): the first week with a mood against the last. */
    public static Optional<Trend> mood(JournalMoodTrendsView view) {
        List<BigDecimal> averages = view.points().stream().map(JournalMoodTrendsView.Point::averageMood)
                .filter(Objects::nonNull).toList();
        if (averages.size() < 2) {
            return Optional.empty();
        }
        return of("journal", "mood (1-5)", averages.getFirst(), averages.getLast(),
                "weekly averages, last " + view.points().size() + " weeks");
    }

    /**
     * Learning minutes of the recent range (the last 14 days, today included) against the range before it, so
     * what was learned today already counts and both sides are equally long.
     */
    public static Optional<Trend> learning(LearningAnalyticsView before, LearningAnalyticsView recent) {
        if (before.totalMinutes() == 0 && recent.totalMinutes() == 0) {
            return Optional.empty();
        }
        return of("learning", "minutes per 14 days", BigDecimal.valueOf(before.totalMinutes()),
                BigDecimal.valueOf(recent.totalMinutes()), period(before.from(), before.to(), recent.from(),
                        recent.to()));
    }

    /** Habit completion (percent of due periods met) of the recent range against the one before it. */
    public static Optional<Trend> habits(HabitAnalyticsView before, HabitAnalyticsView recent) {
        return of("habits", "completion rate (%)", percent(before.overall().completionRate()),
                percent(recent.overall().completionRate()),
                period(before.from(), before.to(), recent.from(), recent.to()));
    }

    private static String period(LocalDate beforeFrom, LocalDate beforeTo, LocalDate recentFrom,
                                 LocalDate recentTo) {
        return "%s..%s against %s..%s".formatted(recentFrom, recentTo, beforeFrom, beforeTo);
    }

    public static BigDecimal percent(BigDecimal rate) {
        return rate == null ? null : rate.multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP);
    }

    private static String direction(BigDecimal from, BigDecimal to, BigDecimal percent) {
        if (percent == null) {
            return to.compareTo(from) == 0 ? FLAT : to.compareTo(from) > 0 ? UP : DOWN;
        }
        if (percent.abs().compareTo(FLAT_WITHIN) <= 0) {
            return FLAT;
        }
        return percent.signum() > 0 ? UP : DOWN;
    }
}
