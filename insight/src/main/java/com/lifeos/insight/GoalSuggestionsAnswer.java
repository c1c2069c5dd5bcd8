package com.lifeos.insight;

import java.time.Instant;
import java.util.List;

import com.lifeos.query.insight.GoalSuggestion;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/ai/goal-suggestions}: three goals. {@code source} is "model" or "rules" (then
 * {@code fallbackReason} says why); {@code sentContext} is exactly what was, or would have been, sent.
 */
public record GoalSuggestionsAnswer(List<GoalSuggestion> suggestions, String source, String model,
                                    String fallbackReason, JsonNode sentContext, Instant generatedAt) {
}
