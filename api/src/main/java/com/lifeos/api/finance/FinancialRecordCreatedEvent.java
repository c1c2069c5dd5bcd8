package com.lifeos.api.finance;

import java.util.UUID;

/** An income or expense was recorded. */
public record FinancialRecordCreatedEvent(UUID recordId, UUID userId, FinancialRecordDetails details) {
}
