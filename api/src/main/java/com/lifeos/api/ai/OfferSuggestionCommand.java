package com.lifeos.api.ai;

import java.util.Objects;
import java.util.UUID;

import com.lifeos.api.shared.Checks;
import com.lifeos.api.shared.SealedText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records that a suggestion was shown to its owner. {@code model} names the model that made it (null for rules);
 * {@code content} is the suggestion as shown (its JSON), sealed.
 */
public record OfferSuggestionCommand(@TargetAggregateIdentifier UUID suggestionId, UUID userId, SuggestionKind kind,
                                     SuggestionSource source, String model, SealedText content) {

    public OfferSuggestionCommand {
        Checks.addressed("suggestionId", suggestionId, userId);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(content, "content");
        if (source == SuggestionSource.MODEL && (model == null || model.isBlank())) {
            throw new IllegalArgumentException("a model's suggestion names its model");
        }
    }
}
