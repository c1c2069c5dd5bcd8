package com.lifeos.api.goal;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum GoalPriority {
    @JsonProperty("low") LOW,
    @JsonProperty("medium") MEDIUM,
    @JsonProperty("high") HIGH
}
