package com.lifeos.query.insight;

/** An actionable insight about one life {@code area}; {@code evidence} names the numbers it rests on. */
public record Recommendation(String title, String detail, String area, String evidence) {
}
