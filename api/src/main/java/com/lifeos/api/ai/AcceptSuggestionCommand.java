package com.lifeos.api.ai;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The owner created {@code acceptedAs} (a goal or habit of {@code kind}) from the suggestion. */
public record AcceptSuggestionCommand(@TargetAggregateIdentifier UUID suggestionId, UUID userId, SuggestionKind kind,
                                      UUID acceptedAs) {

    public AcceptSuggestionCommand {
        Objects.requireNonNull(suggestionId, "suggestionId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(acceptedAs, "acceptedAs");
    }
}
