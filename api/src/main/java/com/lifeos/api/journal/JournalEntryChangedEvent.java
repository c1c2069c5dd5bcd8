package com.lifeos.api.journal;

import java.util.UUID;

import com.lifeos.api.shared.DetailsChange;
import com.lifeos.api.shared.Owned;

/** The entry's whole details after a change (not just the changed fields). */
public record JournalEntryChangedEvent(UUID entryId, UUID userId, JournalEntryDetails details)
        implements Owned, DetailsChange<JournalEntryDetails> {
}
