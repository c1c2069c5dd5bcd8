package com.lifeos.api.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.lifeos.api.shared.SealedText;

/** An entry as the read side keeps it; the content is still sealed (the edge opens it for its owner). */
public record JournalEntryView(UUID id, LocalDate entryDate, SealedText content, int contentLength,
                               JournalMood mood, List<String> tags, boolean isPrivate, Instant createdAt,
                               Instant updatedAt) {
}
