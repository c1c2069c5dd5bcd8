package com.lifeos.api.journal;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import com.lifeos.api.shared.Checks;
import com.lifeos.api.shared.Owned;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Writes a new journal entry. {@code today} is the caller's today in {@code zone} (the aggregate has no clock),
 * so it can refuse an entry dated in the future; the entry's date defaults to that today at the edge.
 */
public record WriteJournalEntryCommand(@TargetAggregateIdentifier UUID entryId, UUID userId,
                                       JournalEntryDetails details, LocalDate today, String zone) implements Owned {

    public WriteJournalEntryCommand {
        Checks.addressed("entryId", entryId, userId);
        Objects.requireNonNull(details, "details");
        Checks.localDay("entry_date", details.entryDate(), today, zone);
    }
}
