package com.lifeos.api.finance;

import java.util.UUID;

public record FindFinancialRecordQuery(UUID userId, UUID recordId) {
}
