package com.lifeos.api.habit;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How often a habit is due. */
public enum HabitFrequency {
    /** Due every day. */
    @JsonProperty("daily") DAILY,
    /** Due once a week: met when the week holds at least {@code target_per_week} check-ins. */
    @JsonProperty("weekly") WEEKLY,
    /** Due on the listed days of the week only; other days never break a streak. */
    @JsonProperty("weekdays") WEEKDAYS
}
