package com.lifeos.query.habit;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What one step of a {@link Streak} stands for: a due day, or a met week for weekly habits. */
public enum StreakUnit {
    @JsonProperty("days") DAYS,
    @JsonProperty("weeks") WEEKS
}
