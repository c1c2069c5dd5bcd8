package com.lifeos.query.health;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import com.lifeos.api.health.HealthAnalyticsView.PerMetric;
import com.lifeos.api.health.HealthAnalyticsView.Reading;
import com.lifeos.api.health.MetricTypes;
import com.lifeos.api.health.PersonalBest;

/**
 * Where one series stands on the owner's today. Windows are local days ending today (7 days: today and the six
 * before); readings dated after today (recorded before a change of zone) count for latest and bests only. Ties
 * go to the earliest reading, so a best is the first time it was reached.
 */
public final class HealthAnalytics {

    static final int SHORT_WINDOW_DAYS = 7;
    static final int LONG_WINDOW_DAYS = 30;

    private static final Comparator<Reading> BY_TIME = Comparator.comparing(Reading::recordedAt);
    private static final Comparator<Reading> BY_VALUE_EARLIEST_FIRST = Comparator.comparing(Reading::value)
            .thenComparing(BY_TIME.reversed());

    private HealthAnalytics() {
    }

    /** The series' summary; {@code readings} must not be empty (a series exists because it has readings). */
    public static PerMetric of(String metricType, String unit, Collection<Reading> readings, LocalDate today) {
        if (readings.isEmpty()) {
            throw new IllegalArgumentException("a series has at least one reading");
        }
        Reading latest = readings.stream().max(BY_TIME).map(HealthAnalytics::rounded).orElseThrow();
        Reading lowest = readings.stream().min(Comparator.comparing(Reading::value).thenComparing(BY_TIME))
                .map(HealthAnalytics::rounded).orElseThrow();
        Reading highest = readings.stream().max(BY_VALUE_EARLIEST_FIRST).map(HealthAnalytics::rounded).orElseThrow();
        PersonalBest rule = MetricTypes.personalBest(metricType);
        Reading best = switch (rule) {
            case HIGHEST -> highest;
            case LOWEST -> lowest;
            case NONE -> null;
        };
        List<Reading> lastThirtyDays = within(readings, today, LONG_WINDOW_DAYS);
        return new PerMetric(metricType, unit, readings.size(), latest,
                MetricSeries.mean(within(readings, today, SHORT_WINDOW_DAYS).stream().map(Reading::value).toList()),
                MetricSeries.mean(lastThirtyDays.stream().map(Reading::value).toList()),
                (int) lastThirtyDays.stream().map(Reading::recordedOn).distinct().count(),
                rule, best, lowest, highest);
    }

    private static List<Reading> within(Collection<Reading> readings, LocalDate today, int days) {
        LocalDate first = today.minusDays(days - 1L);
        return readings.stream()
                .filter(reading -> !reading.recordedOn().isBefore(first) && !reading.recordedOn().isAfter(today))
                .toList();
    }

    private static Reading rounded(Reading reading) {
        return new Reading(MetricSeries.rounded(reading.value()), reading.recordedAt(), reading.recordedOn());
    }
}
