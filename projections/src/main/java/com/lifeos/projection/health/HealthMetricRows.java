package com.lifeos.projection.health;

import java.util.List;
import java.util.UUID;

import com.lifeos.projection.shared.NewRows;
import com.lifeos.projection.shared.OwnedRowTable;

public interface HealthMetricRows extends OwnedRowTable<HealthMetricRow>, NewRows<HealthMetricRow> {

    List<HealthMetricRow> findByUserIdAndMetricType(UUID userId, String metricType);
}
