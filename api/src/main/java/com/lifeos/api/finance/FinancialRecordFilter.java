package com.lifeos.api.finance;

import java.time.LocalDate;

/**
 * Which records a list or export shows: each present part narrows it; {@code from} and {@code to} are local
 * dates, both included; {@code category} is matched ignoring case.
 */
public record FinancialRecordFilter(LocalDate from, LocalDate to, String category, FinancialRecordType type) {

    public FinancialRecordFilter {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from must not be after to");
        }
    }
}
