package com.lifeos.insight;

import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A suggestion as recorded in its {@code SuggestionOfferedEvent}: its JSON as shown to the person (sealed by the
 * caller), from which later prompts read back its title.
 */
@Component
class SuggestionContent {

    private final JsonMapper json;

    SuggestionContent(JsonMapper json) {
        this.json = json;
    }

    String of(Object suggestion) {
        return json.writeValueAsString(suggestion);
    }

    /** The recorded suggestion's title; the text itself when it is no JSON (an erased person's "[erased]"). */
    String titleOf(String content) {
        try {
            return json.readTree(content).path("title").asString(content);
        } catch (JacksonException notJson) {
            return content;
        }
    }
}
