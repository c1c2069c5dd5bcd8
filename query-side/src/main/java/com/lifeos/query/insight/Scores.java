package com.lifeos.query.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.lifeos.api.dashboard.DashboardMetricsView;
import com.lifeos.api.dashboard.DayProductivityView;
import com.lifeos.api.time.TimeProductivityView;
import com.lifeos.query.insight.LifeSummary.Balance;
import com.lifeos.query.insight.LifeSummary.Productivity;

/** The insights' balance and productivity, read off the dashboard's scores and the time tracker's productivity. */
public final class Scores {

    private static final int WEEK = 7;

    private Scores() {
    }

    /**
     * Every area's score, the life balance and the strongest and weakest area, exactly as the dashboard judges
     * them (each null while there is nothing to judge).
     */
    public static Balance balance(DashboardMetricsView metrics) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        metrics.areas().forEach(area -> scores.put(area.area(), area.score()));
        return new Balance(metrics.lifeBalance().score(), scores, metrics.strongestArea(), metrics.weakestArea());
    }

    /**
     * The mean daily productivity of the last 7 days of the range against the 7 before (days without a score
     * are left out; whole numbers, half up), and the hours and weekday whose tracked time scored best.
     */
    public static Productivity productivity(DashboardMetricsView metrics, TimeProductivityView time) {
        List<DayProductivityView> days = metrics.productivity();
        int size = days.size();
        Integer recent = mean(days.subList(Math.max(0, size - WEEK), size));
        Integer before = mean(days.subList(Math.max(0, size - 2 * WEEK), Math.max(0, size - WEEK)));
        String direction = recent == null || before == null ? null
                : Trends.of("time", "productivity", BigDecimal.valueOf(before), BigDecimal.valueOf(recent), "")
                        .map(LifeSummary.Trend::direction).orElse(null);
        DayOfWeek bestWeekday = time.byWeekday().stream().filter(day -> day.averageScore() != null)
                .max(Comparator.comparing(TimeProductivityView.WeekdayScore::averageScore))
                .map(TimeProductivityView.WeekdayScore::weekday).orElse(null);
        return new Productivity(recent, before, direction, time.mostProductiveHour(), time.leastProductiveHour(),
                bestWeekday);
    }

    private static Integer mean(List<DayProductivityView> days) {
        List<Integer> scores = days.stream().map(DayProductivityView::score).filter(Objects::nonNull).toList();
        if (scores.isEmpty()) {
            return null;
        }
        int sum = scores.stream().mapToInt(Integer::intValue).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(scores.size()), 0, RoundingMode.HALF_UP).intValue();
    }
}
