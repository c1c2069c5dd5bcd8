package com.lifeos.api.finance;

import java.util.UUID;

import com.lifeos.api.shared.DetailsChange;
import com.lifeos.api.shared.Owned;

/** The record's whole details after a change (not just the changed fields). */
public record FinancialRecordChangedEvent(UUID recordId, UUID userId, FinancialRecordDetails details)
        implements Owned, DetailsChange<FinancialRecordDetails> {
}
