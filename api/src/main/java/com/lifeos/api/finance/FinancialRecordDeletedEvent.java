package com.lifeos.api.finance;

import java.util.UUID;

import com.lifeos.api.shared.Deletion;
import com.lifeos.api.shared.Owned;

public record FinancialRecordDeletedEvent(UUID recordId, UUID userId) implements Owned, Deletion {
}
