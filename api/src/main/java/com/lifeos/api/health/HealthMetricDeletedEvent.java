package com.lifeos.api.health;

import java.util.UUID;

public record HealthMetricDeletedEvent(UUID metricId, UUID userId) {
}
