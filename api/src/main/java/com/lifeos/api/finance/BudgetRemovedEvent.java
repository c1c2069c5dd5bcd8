package com.lifeos.api.finance;

import java.util.UUID;

import com.lifeos.api.shared.Owned;

/** The owner no longer budgets this category in this month; setting it again brings the budget back. */
public record BudgetRemovedEvent(UUID budgetId, UUID userId) implements Owned {
}
