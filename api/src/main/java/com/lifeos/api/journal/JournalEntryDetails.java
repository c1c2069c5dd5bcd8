package com.lifeos.api.journal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.lifeos.api.shared.Checks;
import com.lifeos.api.shared.PersonalText;
import com.lifeos.api.shared.SealedText;

/**
 * What a journal entry says, as a whole. {@code content} is sealed with the owner's key; {@code contentLength}
 * is its length in characters (Unicode code points), a fact about the text that lets the read side average
 * lengths without the key and reveals no words. {@code entryDate} is the owner's local day the entry belongs to.
 * Tags are kept without surrounding spaces and once each, ignoring case (the first spelling wins), in the order
 * given; {@code mood} may be null. {@code isPrivate} marks text that must never leave the owner's view.
 */
public record JournalEntryDetails(LocalDate entryDate, SealedText content, int contentLength, JournalMood mood,
                                  @PersonalText List<String> tags, boolean isPrivate) {

    public static final int CONTENT_MAX = 20_000;
    public static final int TAGS_MAX = 20;
    public static final int TAG_MAX = 50;

    public JournalEntryDetails {
        Checks.present("entry_date", entryDate);
        Checks.present("content", content);
        if (contentLength < 1 || contentLength > CONTENT_MAX) {
            throw new IllegalArgumentException("content must be between 1 and " + CONTENT_MAX + " characters");
        }
        tags = normalized(tags);
    }

    private static List<String> normalized(List<String> tags) {
        if (tags == null) {
            return List.of();
        }
        List<String> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String tag : tags) {
            if (tag == null || tag.isBlank()) {
                throw new IllegalArgumentException("tags must not be empty");
            }
            String stripped = tag.strip();
            if (stripped.length() > TAG_MAX) {
                throw new IllegalArgumentException("tags must be at most " + TAG_MAX + " characters each");
            }
            if (seen.add(stripped.toLowerCase(Locale.ROOT))) {
                kept.add(stripped);
            }
        }
        if (kept.size() > TAGS_MAX) {
            throw new IllegalArgumentException("tags must hold at most " + TAGS_MAX + " tags");
        }
        return List.copyOf(kept);
    }
}
