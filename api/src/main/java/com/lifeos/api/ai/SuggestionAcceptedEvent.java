package com.lifeos.api.ai;

import java.util.UUID;

import com.lifeos.api.shared.Owned;

public record SuggestionAcceptedEvent(UUID suggestionId, UUID userId, SuggestionKind kind,
                                      UUID acceptedAs) implements Owned {
}
