package com.lifeos.projection.dashboard;

/** A budget's state on the dashboard: one removed may be set again, as the same subject. */
public enum BudgetState {
    ACTIVE, DELETED
}
