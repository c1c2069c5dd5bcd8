package com.lifeos.api.health;

import java.util.UUID;

import com.lifeos.api.shared.Deletion;
import com.lifeos.api.shared.Owned;

public record HealthMetricDeletedEvent(UUID metricId, UUID userId) implements Owned, Deletion {
}
