package com.lifeos.api.journal;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import com.lifeos.api.shared.PageRequest;

/**
 * The user's entries, newest entry date first (then newest written, then by id), narrowed by each filter that
 * is present: entry dates from {@code from} to {@code to} (both included), a {@code mood}, a {@code tag}
 * (ignoring case). Text search is not here: the read side cannot read the sealed content.
 */
public record ListJournalEntriesQuery(UUID userId, LocalDate from, LocalDate to, JournalMood mood, String tag,
                                      PageRequest page) {

    public ListJournalEntriesQuery {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(page, "page");
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from must not be after to");
        }
    }
}
