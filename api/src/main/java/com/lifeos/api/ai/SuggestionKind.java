package com.lifeos.api.ai;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a suggestion proposes to create: a goal ({@code POST /api/goals}) or a habit ({@code POST /api/habits}). */
public enum SuggestionKind {
    @JsonProperty("goal") GOAL,
    @JsonProperty("habit") HABIT
}
