package com.lifeos.api.ai;

import java.util.UUID;

public record SuggestionAcceptedEvent(UUID suggestionId, UUID userId, SuggestionKind kind, UUID acceptedAs) {
}
