package com.lifeos.api.goal;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum GoalStatus {
    @JsonProperty("active") ACTIVE,
    @JsonProperty("paused") PAUSED,
    @JsonProperty("completed") COMPLETED,
    @JsonProperty("abandoned") ABANDONED
}
