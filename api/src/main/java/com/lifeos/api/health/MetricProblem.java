package com.lifeos.api.health;

/** A rule a reading breaks: the JSON field at fault ({@code metric_type}, {@code value} or {@code unit}) and why. */
public record MetricProblem(String field, String message) {
}
