package com.lifeos.api.finance;

/** Under 80 % of the limit spent; 80 % up to the limit itself; more than the limit. */
public enum BudgetStatus {
    OK,
    WARNING,
    OVER
}
