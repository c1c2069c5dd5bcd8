package com.lifeos.projection.dashboard;

import java.util.List;
import java.util.UUID;

import com.lifeos.projection.shared.NewRows;
import com.lifeos.projection.shared.OwnedRows;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SubjectRows extends JpaRepository<SubjectRow, UUID>, OwnedRows<SubjectRow, UUID>, NewRows<SubjectRow> {

    List<SubjectRow> findByUserId(UUID userId);

    @Modifying
    @Query("delete from SubjectRow s where s.userId = :userId")
    int deleteByUser(@Param("userId") UUID userId);
}
