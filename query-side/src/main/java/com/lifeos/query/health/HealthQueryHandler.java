package com.lifeos.query.health;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.lifeos.api.health.FindHealthAnalyticsQuery;
import com.lifeos.api.health.FindHealthMetricQuery;
import com.lifeos.api.health.FindHealthTrendsQuery;
import com.lifeos.api.health.HealthAnalyticsView;
import com.lifeos.api.health.HealthAnalyticsView.Reading;
import com.lifeos.api.health.HealthMetricPage;
import com.lifeos.api.health.HealthMetricView;
import com.lifeos.api.health.HealthTrendsView;
import com.lifeos.api.health.ListHealthMetricsQuery;
import com.lifeos.api.health.MetricTypes;
import com.lifeos.api.shared.SealedText;
import com.lifeos.projection.health.HealthMetricRow;
import com.lifeos.projection.health.HealthMetricRows;
import com.lifeos.query.shared.Filters;
import com.lifeos.query.shared.Pages;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

@Component
class HealthQueryHandler {

    private static final Sort LATEST_FIRST = Sort.by(Sort.Order.desc("recordedAt"), Sort.Order.asc("id"));

    private final HealthMetricRows metrics;

    HealthQueryHandler(HealthMetricRows metrics) {
        this.metrics = metrics;
    }

    @QueryHandler
    Optional<HealthMetricView> handle(FindHealthMetricQuery query) {
        return metrics.findByIdAndUserId(query.metricId(), query.userId()).map(HealthQueryHandler::view);
    }

    @QueryHandler
    HealthMetricPage handle(ListHealthMetricsQuery query) {
        return Pages.of(metrics, Filters.ownedBy(HealthMetricRow.class, query.userId())
                        .equal("metricType", query.metricType())
                        .within("recordedOn", query.from(), query.to())
                        .toSpecification(),
                query.page(), LATEST_FIRST, HealthQueryHandler::view, HealthMetricPage::new);
    }

    /** The asked unit's series, else the series of the type's latest reading, else the type's default unit. */
    @QueryHandler
    HealthTrendsView handle(FindHealthTrendsQuery query) {
        List<HealthMetricRow> rows = metrics.findByUserIdAndMetricType(query.userId(), query.metricType()).stream()
                .filter(row -> query.range().contains(row.recordedOn()))
                .toList();
        String unit = query.unit() != null ? seriesUnitAsAsked(query.metricType(), query.unit())
                : rows.stream().max(Comparator.comparing(HealthMetricRow::recordedAt))
                        .map(HealthQueryHandler::seriesUnit)
                        .orElseGet(() -> MetricTypes.unitFor(query.metricType(), null, null));
        List<Reading> readings = rows.stream()
                .filter(row -> unit == null ? seriesUnit(row) == null : unit.equals(seriesUnit(row)))
                .map(HealthQueryHandler::reading)
                .toList();
        return HealthTrends.of(query.metricType(), unit, readings, query.range(), query.bucket(),
                query.calendar().weekStart());
    }

    @QueryHandler
    HealthAnalyticsView handle(FindHealthAnalyticsQuery query) {
        Map<String, Map<String, List<HealthMetricRow>>> series = metrics.findByUserId(query.userId()).stream()
                .collect(Collectors.groupingBy(HealthMetricRow::metricType, TreeMap::new,
                        Collectors.groupingBy(row -> String.valueOf(seriesUnit(row)), TreeMap::new,
                                Collectors.toList())));
        List<HealthAnalyticsView.PerMetric> perMetric = series.entrySet().stream()
                .flatMap(type -> type.getValue().values().stream()
                        .map(rows -> HealthAnalytics.of(type.getKey(), seriesUnit(rows.getFirst()),
                                rows.stream().map(HealthQueryHandler::reading).toList(), query.calendar().today())))
                .toList();
        return new HealthAnalyticsView(query.calendar().today(), perMetric);
    }

    /** The unit as the catalog spells it (so "KG" finds the kilogram series), converted as readings are. */
    private static String seriesUnitAsAsked(String metricType, String unit) {
        return MetricSeries.unitOf(metricType, MetricTypes.unitFor(metricType, unit, null));
    }

    private static String seriesUnit(HealthMetricRow row) {
        return MetricSeries.unitOf(row.metricType(), row.unit());
    }

    private static Reading reading(HealthMetricRow row) {
        return new Reading(MetricSeries.valueOf(row.metricType(), row.value(), row.unit()), row.recordedAt(),
                row.recordedOn());
    }

    static HealthMetricView view(HealthMetricRow row) {
        return new HealthMetricView(row.id(), row.metricType(), row.value(), row.unit(), row.recordedAt(),
                row.recordedOn(), row.notes() == null ? null : new SealedText(row.notes()), row.createdAt(),
                row.updatedAt());
    }
}
