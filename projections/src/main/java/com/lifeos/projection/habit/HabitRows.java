package com.lifeos.projection.habit;

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

public interface HabitRows extends JpaRepository<HabitRow, UUID>, OwnedRows<HabitRow, UUID>,
        NewRows<HabitRow>, JpaSpecificationExecutor<HabitRow> {

    Optional<HabitRow> findByIdAndUserId(UUID id, UUID userId);

    List<HabitRow> findByUserIdOrderByCreatedAtAscIdAsc(UUID userId);

    @Modifying
    @Query("delete from HabitRow h where h.userId = :userId")
    int deleteByUser(@Param("userId") UUID userId);
}
