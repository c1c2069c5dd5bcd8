package com.lifeos.api.journal;

import java.util.UUID;

public record FindJournalEntryQuery(UUID userId, UUID entryId) {
}
