package com.lifeos.projection.goal;

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

public interface GoalRows extends JpaRepository<GoalRow, UUID>, OwnedRows<GoalRow, UUID>,
        NewRows<GoalRow>, JpaSpecificationExecutor<GoalRow> {

    Optional<GoalRow> findByIdAndUserId(UUID id, UUID userId);

    List<GoalRow> findByUserId(UUID userId);

    @Modifying
    @Query("delete from GoalRow g where g.userId = :userId")
    int deleteByUser(@Param("userId") UUID userId);
}
