package com.lifeos.api.finance;

import java.util.Objects;
import java.util.UUID;

/** Every record of the user matching the filter, not paged, oldest date first then by id (an export's order). */
public record ListAllFinancialRecordsQuery(UUID userId, FinancialRecordFilter filter) {

    public ListAllFinancialRecordsQuery {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(filter, "filter");
    }
}
