package com.lifeos.api.finance;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.UUID;

import com.lifeos.api.shared.Owned;
import com.lifeos.api.shared.PersonalText;

/** The owner means to spend at most {@code amount} of {@code currency} on {@code category} in {@code month}. */
public record BudgetSetEvent(UUID budgetId, UUID userId, @PersonalText String category, YearMonth month,
                             BigDecimal amount, String currency) implements Owned {
}
