package com.lifeos.query.health;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.lifeos.api.health.HealthAnalyticsView.Reading;
import com.lifeos.api.health.HealthTrendsView;
import com.lifeos.api.health.HealthTrendsView.Change;
import com.lifeos.api.health.HealthTrendsView.Point;
import com.lifeos.api.shared.Bucket;
import com.lifeos.api.shared.DateRange;
import com.lifeos.query.shared.Buckets;

/**
 * A series' readings per bucket of local days. Only readings whose day lies in the range count, even where the
 * first or last week or month reaches beyond it. The moving average and the change are computed from the
 * bucket averages as shown (two decimals), so a client can check them from the answer alone.
 */
public final class HealthTrends {

    /** How many buckets, this one included, the moving average looks back over. */
    static final int WINDOW = 7;

    private HealthTrends() {
    }

    public static HealthTrendsView of(String metricType, String unit, Collection<Reading> readings, DateRange range,
                                      Bucket bucket, DayOfWeek weekStart) {
        Map<LocalDate, List<BigDecimal>> byBucket = new TreeMap<>();
        for (LocalDate start : Buckets.starts(range, bucket, weekStart)) {
            byBucket.put(start, new ArrayList<>());
        }
        for (Reading reading : readings) {
            if (range.contains(reading.recordedOn())) {
                byBucket.get(Buckets.startOf(reading.recordedOn(), bucket, weekStart)).add(reading.value());
            }
        }
        List<Point> points = new ArrayList<>(byBucket.size());
        List<BigDecimal> averages = new ArrayList<>(byBucket.size());
        byBucket.forEach((start, values) -> {
            BigDecimal average = MetricSeries.mean(values);
            averages.add(average);
            points.add(new Point(start, Buckets.endOf(start, bucket), values.size(),
                    MetricSeries.rounded(values.stream().min(Comparator.naturalOrder()).orElse(null)),
                    MetricSeries.rounded(values.stream().max(Comparator.naturalOrder()).orElse(null)),
                    average, movingAverage(averages)));
        });
        return new HealthTrendsView(metricType, unit, bucket, range.from(), range.to(), points, change(points));
    }

    /** The mean of the last {@link #WINDOW} averages so far that exist; null when none of them does. */
    private static BigDecimal movingAverage(List<BigDecimal> averagesSoFar) {
        List<BigDecimal> window = averagesSoFar
                .subList(Math.max(0, averagesSoFar.size() - WINDOW), averagesSoFar.size()).stream()
                .filter(average -> average != null)
                .toList();
        return MetricSeries.mean(window);
    }

    private static Change change(List<Point> points) {
        List<Point> withData = points.stream().filter(point -> point.count() > 0).toList();
        if (withData.size() < 2) {
            return null;
        }
        Point first = withData.getFirst();
        Point last = withData.getLast();
        BigDecimal absolute = last.average().subtract(first.average());
        BigDecimal percent = first.average().signum() == 0 ? null
                : absolute.multiply(BigDecimal.valueOf(100)).divide(first.average().abs(), 1, RoundingMode.HALF_EVEN);
        return new Change(first.start(), last.start(), absolute, percent);
    }
}
