package com.lifeos.insight;

import java.util.List;
import java.util.UUID;

import com.lifeos.api.ai.AcceptSuggestionCommand;
import com.lifeos.api.ai.SuggestionKind;

/**
 * Creating a goal or habit from a suggestion: the ordinary create, plus — when the request names a
 * {@code suggestion_id} — the suggestion's acceptance, to be sent together in one transaction. An unknown or another
 * person's suggestion is then a 404 and nothing is created.
 */
public final class Suggestions {

    private Suggestions() {
    }

    /** The commands that create {@code createdId}, accepting the suggestion it came from if there is one. */
    public static List<Object> createAccepting(UUID userId, Object create, UUID suggestionId, SuggestionKind kind,
                                               UUID createdId) {
        if (suggestionId == null) {
            return List.of(create);
        }
        return List.of(create, new AcceptSuggestionCommand(suggestionId, userId, kind, createdId));
    }
}
