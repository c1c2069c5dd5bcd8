package com.lifeos.api.finance;

import java.util.Set;
import java.util.UUID;

public record KnownFinancialRecordIdsView(Set<UUID> recordIds) {

    public KnownFinancialRecordIdsView {
        recordIds = Set.copyOf(recordIds);
    }
}
