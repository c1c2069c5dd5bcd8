package com.lifeos.projection.health;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.lifeos.projection.shared.NewRows;
import com.lifeos.projection.shared.OwnedRows;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface HealthMetricRows extends JpaRepository<HealthMetricRow, UUID>,
        OwnedRows<HealthMetricRow, UUID>, NewRows<HealthMetricRow>,
        JpaSpecificationExecutor<HealthMetricRow> {

    Optional<HealthMetricRow> findByIdAndUserId(UUID id, UUID userId);

    List<HealthMetricRow> findByUserId(UUID userId);

    List<HealthMetricRow> findByUserIdAndMetricType(UUID userId, String metricType);

    @Modifying
    @Query("delete from HealthMetricRow m where m.userId = :userId")
    int deleteByUser(@Param("userId") UUID userId);
}
