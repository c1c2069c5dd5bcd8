package com.lifeos.api.journal;

import java.util.UUID;

public record JournalEntryDeletedEvent(UUID entryId, UUID userId) {
}
