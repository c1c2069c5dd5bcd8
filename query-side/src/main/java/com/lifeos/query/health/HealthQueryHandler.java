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
import com.lifeos.query.shared.OwnedRowViews;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

@Component
class HealthQueryHandler extends OwnedRowViews<HealthMetricRows, HealthMetricRow, HealthMetricView> {

    private static final Sort LATEST_FIRST = Sort.by(Sort.Order.desc("recordedAt"), Sort.Order.asc("id"));

    HealthQueryHandler(HealthMetricRows metrics) {
        super(metrics, HealthMetricRow.class);
    }

    @QueryHandler
    Optional<HealthMetricView> handle(FindHealthMetricQuery query) {
        return find(query.metricId(), query.userId());
    }

    @QueryHandler
    HealthMetricPage handle(ListHealthMetricsQuery query) {
        return page(ownedBy(query.userId())
                        .equal("metricType", query.metricType())
                        .within("recordedOn", query.from(), query.to()),
                query.page(), LATEST_FIRST, HealthMetricPage::new);
    }

    /** The asked unit's series, else the series of the type's latest reading, else the type's default unit. */
    @QueryHandler
    HealthTrendsView handle(FindHealthTrendsQuery query) {
        List<HealthMetricRow> rows = rows().findByUserIdAndMetricType(query.userId(), query.metricType()).stream()
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
        Map<String, Map<String, List<HealthMetricRow>>> series = rows().findByUserId(query.userId()).stream()
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

    @Override
    protected HealthMetricView view(HealthMetricRow row) {
        return new HealthMetricView(row.id(), row.metricType(), row.value(), row.unit(), row.recordedAt(),
                row.recordedOn(), row.notes() == null ? null : new SealedText(row.notes()), row.createdAt(),
                row.updatedAt());
    }
}
