package com.lifeos.projection.finance;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.lifeos.projection.shared.NewRows;
import com.lifeos.projection.shared.OwnedRows;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface BudgetRows extends JpaRepository<BudgetRow, UUID>, OwnedRows<BudgetRow, UUID>, NewRows<BudgetRow> {

    List<BudgetRow> findByUserIdAndMonthStartAndRemovedFalse(UUID userId, LocalDate monthStart);

    @Modifying
    @Query("delete from BudgetRow b where b.userId = :userId")
    int deleteByUser(@Param("userId") UUID userId);
}
