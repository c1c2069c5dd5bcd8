package com.lifeos.api.ai;

import java.util.UUID;

import com.lifeos.api.shared.Owned;
import com.lifeos.api.shared.SealedText;

public record SuggestionOfferedEvent(UUID suggestionId, UUID userId, SuggestionKind kind, SuggestionSource source,
                                     String model, SealedText content) implements Owned {
}
