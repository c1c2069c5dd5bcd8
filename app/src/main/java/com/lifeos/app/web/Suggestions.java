package com.lifeos.app.web;

import java.util.List;
import java.util.UUID;

import com.lifeos.api.ai.AcceptSuggestionCommand;
import com.lifeos.api.ai.SuggestionKind;
import com.lifeos.app.security.Actor;

/**
 * Creating a goal or habit from an AI suggestion: the ordinary create, plus — when the request names a
 * {@code suggestion_id} — the suggestion's acceptance, in one transaction. An unknown or another person's
 * suggestion is a 404 and nothing is created.
 */
public final class Suggestions {

    private Suggestions() {
    }

    public static void createAccepting(Commands commands, Actor actor, Object create, UUID suggestionId,
                                       SuggestionKind kind, UUID createdId) {
        if (suggestionId == null) {
            commands.send(actor.userId(), create);
        } else {
            commands.sendAll(actor.userId(), List.of(create,
                    new AcceptSuggestionCommand(suggestionId, actor.userId(), kind, createdId)));
        }
    }
}
