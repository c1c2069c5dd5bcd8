package com.lifeos.api.dashboard;

import java.util.Map;

/**
 * One life area's score from 0 to 100, or null when the range holds nothing to judge it by (no data is neither
 * good nor bad). {@code inputs} are the numbers it was computed from and {@code formula} says how, so every
 * score can be explained and checked by hand.
 */
public record AreaScoreView(String area, Integer score, Map<String, Object> inputs, String formula) {
}
