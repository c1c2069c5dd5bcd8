package com.lifeos.api.finance;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Under 80 % of the limit spent; 80 % up to the limit itself; more than the limit. */
public enum BudgetStatus {
    @JsonProperty("ok") OK,
    @JsonProperty("warning") WARNING,
    @JsonProperty("over") OVER
}
