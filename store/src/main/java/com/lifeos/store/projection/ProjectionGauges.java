package com.lifeos.store.projection;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What each processing group is doing, as gauges tagged {@code group} (Prometheus names in brackets):
 * <ul>
 *   <li>{@value #LAG} ({@code lifeos_projection_lag_events}): events in the store the group has not yet reached — the
 *   head of the store's global index minus the group's position, 0 once it has caught up;</li>
 *   <li>{@value #REPLAYING} ({@code lifeos_projection_replaying}): 1 while a replay runs, else 0;</li>
 *   <li>{@value #REPLAY_PROGRESS} ({@code lifeos_projection_replay_progress}): the share of a running replay done,
 *   0 to 1 (1 when none runs);</li>
 *   <li>{@value #DEAD_LETTERS} ({@code lifeos_projection_dead_letters}): events the group has parked, read from the
 *   dead-letter table at each scrape.</li>
 * </ul>
 * The same numbers as {@code GET /api/admin/projections}. Registered once the processors exist, one of each per group,
 * so a group that is idle reads 0 rather than being absent. A scrape reads every group's gauges at once: the groups'
 * states are taken together, at most once a second, so the store's head is asked for once per scrape, not per gauge.
 * The counters of events handled and handler errors are {@link ProjectionCounters}.
 */
@Component
public class ProjectionGauges {

    public static final String LAG = "lifeos.projection.lag.events";
    public static final String REPLAYING = "lifeos.projection.replaying";
    public static final String REPLAY_PROGRESS = "lifeos.projection.replay.progress";
    public static final String DEAD_LETTERS = "lifeos.projection.dead_letters";

    private static final long FRESH_NANOS = 1_000_000_000L;

    private final MeterRegistry registry;
    private final Projections projections;
    private final DeadLetters deadLetters;

    private Map<String, ProjectionStatus> states = Map.of();
    private long statesTakenAt;

    ProjectionGauges(MeterRegistry registry, Projections projections, DeadLetters deadLetters) {
        this.registry = registry;
        this.projections = projections;
        this.deadLetters = deadLetters;
    }

    @EventListener(ApplicationReadyEvent.class)
    void register() {
        List<String> groups = projections.all().stream().map(ProjectionStatus::name).toList();
        for (String group : groups) {
            gauge(LAG, group, "Events in the store the processing group has not reached yet",
                    state -> state.lag());
            gauge(REPLAYING, group, "1 while the processing group is replaying, else 0",
                    state -> state.replaying() ? 1 : 0);
            gauge(REPLAY_PROGRESS, group, "Share of the processing group's running replay done (1 when none runs)",
                    state -> state.progress() / 100.0);
            Gauge.builder(DEAD_LETTERS, deadLetters, letters -> letters.count(group))
                    .description("Events the processing group has parked in its dead-letter queue")
                    .tag("group", group)
                    .register(registry);
        }
    }

    private void gauge(String name, String group, String description, ToDoubleFunction<ProjectionStatus> value) {
        Gauge.builder(name, this, gauges -> {
                    ProjectionStatus state = gauges.state(group);
                    return state == null ? Double.NaN : value.applyAsDouble(state);
                })
                .description(description)
                .tag("group", group)
                .register(registry);
    }

    private synchronized ProjectionStatus state(String group) {
        long now = System.nanoTime();
        if (states.isEmpty() || now - statesTakenAt > FRESH_NANOS) {
            states = projections.all().stream()
                    .collect(Collectors.toMap(ProjectionStatus::name, Function.identity()));
            statesTakenAt = now;
        }
        return states.get(group);
    }
}
