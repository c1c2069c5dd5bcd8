package com.lifeos.api.finance;

import java.util.Objects;
import java.util.UUID;

import com.lifeos.api.shared.PageRequest;

/** A page of the user's records matching the filter, newest date first. */
public record ListFinancialRecordsQuery(UUID userId, FinancialRecordFilter filter, PageRequest page) {

    public ListFinancialRecordsQuery {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(page, "page");
    }
}
