package com.lifeos.projection.health;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.lifeos.projection.shared.NewRows;
import com.lifeos.projection.shared.OwnedRows;
import com.lifeos.projection.shared.PersonalRows;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface HealthMetricRows extends PersonalRows<HealthMetricRow, UUID>,
        OwnedRows<HealthMetricRow, UUID>, NewRows<HealthMetricRow>,
        JpaSpecificationExecutor<HealthMetricRow> {

    Optional<HealthMetricRow> findByIdAndUserId(UUID id, UUID userId);

    List<HealthMetricRow> findByUserId(UUID userId);

    List<HealthMetricRow> findByUserIdAndMetricType(UUID userId, String metricType);
}
