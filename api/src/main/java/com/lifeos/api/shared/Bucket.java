package com.lifeos.api.shared;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The width of one point of a trend: a local day, a week beginning on the user's week start, or a month. */
public enum Bucket {
    @JsonProperty("day") DAY,
    @JsonProperty("week") WEEK,
    @JsonProperty("month") MONTH
}
