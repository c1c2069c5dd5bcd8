package com.lifeos.app.health;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.api.health.ChangeHealthMetricCommand;
import com.lifeos.api.health.DeleteHealthMetricCommand;
import com.lifeos.api.health.FindHealthAnalyticsQuery;
import com.lifeos.api.health.FindHealthMetricQuery;
import com.lifeos.api.health.FindHealthTrendsQuery;
import com.lifeos.api.health.HealthAnalyticsView;
import com.lifeos.api.health.HealthMetricPage;
import com.lifeos.api.health.HealthMetricView;
import com.lifeos.api.health.HealthTrendsView;
import com.lifeos.api.health.ListHealthMetricsQuery;
import com.lifeos.api.health.MetricTypes;
import com.lifeos.api.health.RecordHealthMetricCommand;
import com.lifeos.api.shared.Bucket;
import com.lifeos.api.shared.PageRequest;
import com.lifeos.api.shared.UserCalendar;
import com.lifeos.app.security.Actor;
import com.lifeos.app.web.Days;
import com.lifeos.app.web.Edge;
import com.lifeos.shared.error.InvalidFieldException;
import com.lifeos.app.web.PageResponse;
import com.lifeos.app.web.Paging;
import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Health measurements. The catalog's rules are judged here first so a 400 names the field at fault (the aggregate
 * judges them again, for any other sender). Notes are sealed with the owner's key before they enter a command
 * and opened here for the owner alone. "Now" is this edge's clock: it defaults a measurement's time and tells
 * the aggregate what "the future" means; the owner's current zone judges the day a stated time fell on.
 */
@RestController
@RequestMapping("/api/health")
class HealthController {

    private static final int DEFAULT_TREND_DAYS = 30;

    private final Edge edge;
    private final Clock clock;

    HealthController(Edge edge, Clock clock) {
        this.edge = edge;
        this.clock = clock;
    }

    record MetricResponse(UUID id, String metricType, BigDecimal value, String unit, Instant recordedAt,
                          LocalDate recordedOn, String notes, Instant createdAt, Instant updatedAt) {
    }

    @PostMapping("/metrics")
    ResponseEntity<MetricResponse> create(Actor actor, @Valid @RequestBody HealthRequests.Create request) {
        Instant now = clock.instant();
        String type = metricType(request.metricType());
        requireValid(type, request.value(), MetricTypes.unitFor(type, request.unit(), null));
        Instant recordedAt = request.recordedAt() != null ? request.recordedAt().toInstant() : now;
        Days.requireNotFuture("recorded_at", recordedAt, now, RecordHealthMetricCommand.CLOCK_SKEW);
        UUID metricId = request.id() != null ? request.id() : UUID.randomUUID();
        RecordHealthMetricCommand command = new RecordHealthMetricCommand(metricId, actor.userId(), type,
                request.value(), request.unit(), recordedAt, actor.zone().getId(), now,
                edge.privateText().seal(actor.userId(), request.notes()));
        return edge.create(actor.userId(), metricId, URI.create("/api/health/metrics/" + metricId),
                command, new FindHealthMetricQuery(actor.userId(), metricId), HealthMetricView.class,
                view -> response(actor, view));
    }

    @GetMapping("/metrics")
    PageResponse<MetricResponse> list(Actor actor,
                                      @RequestParam(name = "metric_type", required = false) String metricType,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                      LocalDate from,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                      LocalDate to,
                                      @RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        PageRequest pageRequest = Paging.of(page, size);
        Days.requireOrdered(from, to);
        String type = metricType == null || metricType.isBlank() ? null : metricType(metricType);
        HealthMetricPage result = edge.queries().ask(new ListHealthMetricsQuery(actor.userId(), type, from, to, pageRequest),
                HealthMetricPage.class);
        return PageResponse.of(result.items().stream().map(view -> response(actor, view)).toList(), pageRequest,
                result.totalItems());
    }

    @GetMapping("/metrics/{id}")
    MetricResponse get(Actor actor, @PathVariable UUID id) {
        return response(actor, view(actor, id));
    }

    /** Another user's measurement is a 404 before anything about the body is judged. */
    @PutMapping("/metrics/{id}")
    MetricResponse change(Actor actor, @PathVariable UUID id, @Valid @RequestBody HealthRequests.Change request) {
        HealthMetricView current = view(actor, id);
        Instant now = clock.instant();
        String type = request.metricType() != null ? metricType(request.metricType()) : current.metricType();
        requireValid(type, request.value() != null ? request.value() : current.value(),
                MetricTypes.unitFor(type, request.unit(), current.unit()));
        Instant recordedAt = request.recordedAt() == null ? null : request.recordedAt().toInstant();
        if (recordedAt != null) {
            Days.requireNotFuture("recorded_at", recordedAt, now, RecordHealthMetricCommand.CLOCK_SKEW);
        }
        boolean clearNotes = request.notes() != null && request.notes().isEmpty();
        edge.commands().send(actor.userId(), new ChangeHealthMetricCommand(id, actor.userId(), type, request.value(),
                request.unit(), recordedAt, actor.zone().getId(), now,
                edge.privateText().seal(actor.userId(), request.notes()), clearNotes));
        return get(actor, id);
    }

    @DeleteMapping("/metrics/{id}")
    ResponseEntity<Void> delete(Actor actor, @PathVariable UUID id) {
        return edge.remove(actor.userId(), new DeleteHealthMetricCommand(id, actor.userId()));
    }

    @GetMapping("/trends")
    HealthTrendsView trends(Actor actor,
                            @RequestParam(name = "metric_type") String metricType,
                            @RequestParam(required = false) String unit,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                            LocalDate from,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                            LocalDate to,
                            @RequestParam(defaultValue = "day") Bucket bucket) {
        UserCalendar calendar = edge.calendars().of(actor);
        String type = metricType(metricType);
        return edge.queries().askCached(actor.userId(), new FindHealthTrendsQuery(actor.userId(), type, unit == null || unit.isBlank() ? null
                        : unit, Days.range(from, to, calendar, DEFAULT_TREND_DAYS), bucket, calendar),
                HealthTrendsView.class);
    }

    @GetMapping("/analytics")
    HealthAnalyticsView analytics(Actor actor) {
        return edge.queries().askCached(actor.userId(), new FindHealthAnalyticsQuery(actor.userId(), edge.calendars().of(actor)),
                HealthAnalyticsView.class);
    }

    private HealthMetricView view(Actor actor, UUID id) {
        return edge.queries().require(new FindHealthMetricQuery(actor.userId(), id), HealthMetricView.class);
    }

    private MetricResponse response(Actor actor, HealthMetricView view) {
        return new MetricResponse(view.id(), view.metricType(), view.value(), view.unit(), view.recordedAt(),
                view.recordedOn(), edge.privateText().open(actor.userId(), view.notes()), view.createdAt(), view.updatedAt());
    }

    private static String metricType(String metricType) {
        try {
            return MetricTypes.normalise(metricType);
        } catch (IllegalArgumentException invalid) {
            throw new InvalidFieldException("metric_type", "must be 1 to " + MetricTypes.TYPE_MAX
                    + " letters, digits or underscores");
        }
    }

    private static void requireValid(String metricType, BigDecimal value, String unit) {
        MetricTypes.problemWith(metricType, value, unit).ifPresent(problem -> {
            throw new InvalidFieldException(problem.field(), problem.message());
        });
    }
}
