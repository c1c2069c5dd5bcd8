package com.lifeos.projection.finance;

import java.time.LocalDate;
import java.util.Collection;
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

public interface FinancialRecordRows extends JpaRepository<FinancialRecordRow, UUID>,
        OwnedRows<FinancialRecordRow, UUID>,
        NewRows<FinancialRecordRow>,
        JpaSpecificationExecutor<FinancialRecordRow> {

    Optional<FinancialRecordRow> findByIdAndUserIdAndDeletedFalse(UUID id, UUID userId);

    List<FinancialRecordRow> findByUserIdAndIdIn(UUID userId, Collection<UUID> ids);

    List<FinancialRecordRow> findByUserIdAndDeletedFalseAndRecordDateBetween(UUID userId, LocalDate from,
                                                                             LocalDate to);

    @Modifying
    @Query("delete from FinancialRecordRow r where r.userId = :userId")
    int deleteByUser(@Param("userId") UUID userId);
}
