package com.lifeos.api.ai;

import java.util.Objects;
import java.util.UUID;

import com.lifeos.api.shared.Checks;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The owner created {@code acceptedAs} (a goal or habit of {@code kind}) from the suggestion. */
public record AcceptSuggestionCommand(@TargetAggregateIdentifier UUID suggestionId, UUID userId, SuggestionKind kind,
                                      UUID acceptedAs) {

    public AcceptSuggestionCommand {
        Checks.addressed("suggestionId", suggestionId, userId);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(acceptedAs, "acceptedAs");
    }
}
