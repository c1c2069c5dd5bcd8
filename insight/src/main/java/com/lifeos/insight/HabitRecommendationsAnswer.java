package com.lifeos.insight;

import java.time.Instant;
import java.util.List;

import com.lifeos.query.insight.HabitRecommendation;
import tools.jackson.databind.JsonNode;

/** {@code POST /api/ai/habit-recommendations}: two or three habits, with the same provenance as goal suggestions. */
public record HabitRecommendationsAnswer(List<HabitRecommendation> recommendations, String source, String model,
                                         String fallbackReason, JsonNode sentContext, Instant generatedAt) {
}
