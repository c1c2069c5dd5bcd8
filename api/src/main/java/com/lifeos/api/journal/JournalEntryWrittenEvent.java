package com.lifeos.api.journal;

import java.util.UUID;

import com.lifeos.api.shared.Owned;

/** A journal entry was written; its date was judged in {@code zone}, the owner's zone at the time. */
public record JournalEntryWrittenEvent(UUID entryId, UUID userId, JournalEntryDetails details,
                                       String zone) implements Owned {
}
