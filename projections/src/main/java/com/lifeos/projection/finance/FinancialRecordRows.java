package com.lifeos.projection.finance;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.lifeos.projection.shared.NewRows;
import com.lifeos.projection.shared.OwnedRowTable;

public interface FinancialRecordRows extends OwnedRowTable<FinancialRecordRow>, NewRows<FinancialRecordRow> {

    Optional<FinancialRecordRow> findByIdAndUserIdAndDeletedFalse(UUID id, UUID userId);

    List<FinancialRecordRow> findByUserIdAndIdIn(UUID userId, Collection<UUID> ids);

    List<FinancialRecordRow> findByUserIdAndDeletedFalseAndRecordDateBetween(UUID userId, LocalDate from,
                                                                             LocalDate to);
}
