package com.lifeos.api.ai;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Who made a suggestion: the configured model, or LifeOS's own rules (no key, or the model was unavailable). */
public enum SuggestionSource {
    @JsonProperty("model") MODEL,
    @JsonProperty("rules") RULES
}
