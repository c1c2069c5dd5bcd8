package com.lifeos.api.journal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How the writer felt, from worst to best; the read side scores them 1 to 5 in this order. */
public enum JournalMood {
    @JsonProperty("awful") AWFUL,
    @JsonProperty("bad") BAD,
    @JsonProperty("okay") OKAY,
    @JsonProperty("good") GOOD,
    @JsonProperty("great") GREAT
}
