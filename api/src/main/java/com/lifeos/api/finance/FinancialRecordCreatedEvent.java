package com.lifeos.api.finance;

import java.util.UUID;

import com.lifeos.api.shared.Owned;

/** An income or expense was recorded. */
public record FinancialRecordCreatedEvent(UUID recordId, UUID userId, FinancialRecordDetails details) implements Owned {
}
