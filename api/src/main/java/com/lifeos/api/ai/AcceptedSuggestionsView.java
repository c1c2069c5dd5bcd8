package com.lifeos.api.ai;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.lifeos.api.shared.SealedText;

/** Suggestions their owner took up, latest first; {@code content} is still sealed. */
public record AcceptedSuggestionsView(List<Item> items) {

    public record Item(UUID suggestionId, SuggestionKind kind, SuggestionSource source, SealedText content,
                       UUID acceptedAs, Instant acceptedAt) {
    }
}
