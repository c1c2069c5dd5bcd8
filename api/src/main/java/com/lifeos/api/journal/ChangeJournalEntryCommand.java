package com.lifeos.api.journal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import com.lifeos.api.shared.Checks;
import com.lifeos.api.shared.DateBounds;
import com.lifeos.api.shared.SealedText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A partial change: every null field keeps its value; an empty {@code tags} list removes all tags. New content
 * comes with its length. {@code today} is the caller's today, so a moved {@code entryDate} is never in the future.
 */
public record ChangeJournalEntryCommand(@TargetAggregateIdentifier UUID entryId, UUID userId, LocalDate entryDate,
                                        SealedText content, Integer contentLength, JournalMood mood,
                                        List<String> tags, Boolean isPrivate, LocalDate today) {

    public ChangeJournalEntryCommand {
        DateBounds.require("entry_date", entryDate);
        Checks.addressed("entryId", entryId, userId);
        Objects.requireNonNull(today, "today");
        if ((content == null) != (contentLength == null)) {
            throw new IllegalArgumentException("content and its length are given together");
        }
    }
}
