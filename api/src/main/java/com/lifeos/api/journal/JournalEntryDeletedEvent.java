package com.lifeos.api.journal;

import java.util.UUID;

import com.lifeos.api.shared.Deletion;
import com.lifeos.api.shared.Owned;

public record JournalEntryDeletedEvent(UUID entryId, UUID userId) implements Owned, Deletion {
}
