package com.lifeos.api.finance;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** Which of these record ids the user has ever recorded, deleted records included (an import skips them). */
public record FindKnownFinancialRecordIdsQuery(UUID userId, Set<UUID> recordIds) {

    public FindKnownFinancialRecordIdsQuery {
        Objects.requireNonNull(userId, "userId");
        recordIds = Set.copyOf(recordIds);
    }
}
