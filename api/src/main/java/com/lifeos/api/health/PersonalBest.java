package com.lifeos.api.health;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Which end of a metric's readings is its personal best: the highest (steps, water, sleep, mood and types the
 * catalog does not know), the lowest (a resting heart rate), or neither, where "better" depends on the person's
 * aim (weight, blood pressure): those answer their lowest and highest readings only.
 */
public enum PersonalBest {
    @JsonProperty("highest") HIGHEST,
    @JsonProperty("lowest") LOWEST,
    @JsonProperty("none") NONE
}
