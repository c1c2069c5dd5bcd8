package com.lifeos.api.finance;

import java.util.UUID;

public record FinancialRecordDeletedEvent(UUID recordId, UUID userId) {
}
