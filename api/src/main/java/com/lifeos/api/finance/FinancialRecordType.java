package com.lifeos.api.finance;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Money that came in or went out. */
public enum FinancialRecordType {
    @JsonProperty("income") INCOME,
    @JsonProperty("expense") EXPENSE
}
