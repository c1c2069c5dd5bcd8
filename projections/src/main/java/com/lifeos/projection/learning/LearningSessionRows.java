package com.lifeos.projection.learning;

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

public interface LearningSessionRows extends JpaRepository<LearningSessionRow, UUID>,
        OwnedRows<LearningSessionRow, UUID>,
        NewRows<LearningSessionRow>,
        JpaSpecificationExecutor<LearningSessionRow> {

    Optional<LearningSessionRow> findByIdAndUserId(UUID id, UUID userId);

    List<LearningSessionRow> findByUserId(UUID userId);

    @Modifying
    @Query("delete from LearningSessionRow r where r.userId = :userId")
    int deleteByUser(@Param("userId") UUID userId);
}
