package com.lifeos.store.projection;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The processing groups' part of {@code /actuator/health}: DEGRADED (never DOWN) while any group has parked events or
 * is stuck in error — the instance still answers every request, and taking it out of rotation would not bring a
 * refused event back — so operators see it without the instance being restarted for it.
 */
@Component("processingGroupsHealthIndicator")
class ProjectionHealth implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED",
            "A processing group has dead letters or is in error; see /api/admin/projections");

    private final Projections projections;

    ProjectionHealth(Projections projections) {
        this.projections = projections;
    }

    @Override
    public Health health() {
        List<ProjectionStatus> groups = projections.all();
        Map<String, Long> deadLetters = new TreeMap<>();
        List<String> inError = groups.stream().filter(group -> "error".equals(group.status()))
                .map(ProjectionStatus::name).toList();
        groups.stream().filter(group -> group.deadLetters() > 0)
                .forEach(group -> deadLetters.put(group.name(), group.deadLetters()));
        Health.Builder health = deadLetters.isEmpty() && inError.isEmpty() ? Health.up() : Health.status(DEGRADED);
        return health.withDetail("dead_letters", deadLetters).withDetail("in_error", inError).build();
    }
}
