package com.lifeos.projection.finance;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.lifeos.projection.shared.NewRows;
import com.lifeos.projection.shared.OwnedRows;
import com.lifeos.projection.shared.PersonalRows;

public interface BudgetRows extends PersonalRows<BudgetRow, UUID>, OwnedRows<BudgetRow, UUID>, NewRows<BudgetRow> {

    List<BudgetRow> findByUserIdAndMonthStartAndRemovedFalse(UUID userId, LocalDate monthStart);
}
