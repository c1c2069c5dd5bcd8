package com.lifeos.insight;

import java.time.Instant;
import java.util.List;

import com.lifeos.query.insight.LifeSummary;
import com.lifeos.query.insight.Recommendation;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/insights}: productivity, balance and trends as LifeOS computes them, and three recommendations
 * from the model (or, with {@code source} "rules", from LifeOS's own rules).
 */
public record InsightsAnswer(LifeSummary.Productivity productivity, LifeSummary.Balance balance,
                             List<LifeSummary.Trend> trends, List<Recommendation> recommendations, String source,
                             String model, String fallbackReason, JsonNode sentContext, Instant generatedAt) {
}
