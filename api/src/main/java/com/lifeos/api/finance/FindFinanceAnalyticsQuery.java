package com.lifeos.api.finance;

import java.util.Objects;
import java.util.UUID;

import com.lifeos.api.shared.DateRange;

/**
 * Income and spending over a range of the user's local dates: month by month and by category in one
 * {@code currency}, and totals for every currency with records in the range (amounts are never converted).
 */
public record FindFinanceAnalyticsQuery(UUID userId, DateRange range, String currency) {

    public FindFinanceAnalyticsQuery {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(range, "range");
        currency = Money.currency("currency", currency);
    }
}
