package com.lifeos.api.health;

import java.util.List;

public record HealthMetricPage(List<HealthMetricView> items, long totalItems) {
}
