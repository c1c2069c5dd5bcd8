package com.lifeos.api.project;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum ProjectPriority {
    @JsonProperty("low") LOW,
    @JsonProperty("medium") MEDIUM,
    @JsonProperty("high") HIGH
}
