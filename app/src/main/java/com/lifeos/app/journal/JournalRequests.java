package com.lifeos.app.journal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.lifeos.api.journal.JournalEntryDetails;
import com.lifeos.api.journal.JournalMood;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The JSON bodies of the journal endpoints, checked at the transport edge (content still in clear). */
final class JournalRequests {

    private JournalRequests() {
    }

    /** {@code entryDate} defaults to the user's today; {@code isPrivate} to true; {@code id} makes a repeat harmless. */
    record Create(UUID id,
                  @NotBlank @Size(max = JournalEntryDetails.CONTENT_MAX) String content,
                  LocalDate entryDate,
                  JournalMood mood,
                  @Size(max = JournalEntryDetails.TAGS_MAX)
                  List<@NotBlank @Size(max = JournalEntryDetails.TAG_MAX) String> tags,
                  Boolean isPrivate) {
    }

    /** Every field is optional: absent (or null) keeps the current value; an empty tag list removes the tags. */
    record Change(@Size(min = 1, max = JournalEntryDetails.CONTENT_MAX)
                  @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String content,
                  LocalDate entryDate,
                  JournalMood mood,
                  @Size(max = JournalEntryDetails.TAGS_MAX)
                  List<@NotBlank @Size(max = JournalEntryDetails.TAG_MAX) String> tags,
                  Boolean isPrivate) {
    }
}
