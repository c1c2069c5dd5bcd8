package com.lifeos.api.finance;

import java.time.YearMonth;
import java.util.Objects;
import java.util.UUID;

/** The user's budgets of one month with what was spent against each. */
public record FindBudgetsQuery(UUID userId, YearMonth month) {

    public FindBudgetsQuery {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(month, "month");
    }
}
