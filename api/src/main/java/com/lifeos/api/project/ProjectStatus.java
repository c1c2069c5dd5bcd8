package com.lifeos.api.project;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum ProjectStatus {
    @JsonProperty("active") ACTIVE,
    @JsonProperty("on_hold") ON_HOLD,
    @JsonProperty("completed") COMPLETED,
    @JsonProperty("cancelled") CANCELLED
}
