package com.lifeos.api.health;

import java.util.UUID;

public record FindHealthMetricQuery(UUID userId, UUID metricId) {
}
