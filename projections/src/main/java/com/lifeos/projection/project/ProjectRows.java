package com.lifeos.projection.project;

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

public interface ProjectRows extends JpaRepository<ProjectRow, UUID>, OwnedRows<ProjectRow, UUID>,
        NewRows<ProjectRow>, JpaSpecificationExecutor<ProjectRow> {

    Optional<ProjectRow> findByIdAndUserId(UUID id, UUID userId);

    List<ProjectRow> findByUserId(UUID userId);

    @Modifying
    @Query("delete from ProjectRow p where p.userId = :userId")
    int deleteByUser(@Param("userId") UUID userId);
}
