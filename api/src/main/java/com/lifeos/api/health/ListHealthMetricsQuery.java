package com.lifeos.api.health;

import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.api.shared.PageRequest;

/**
 * The user's measurements, latest first, narrowed by each filter that is present: a type (as stored, lower
 * case) and local dates {@code from}/{@code to} (both included) of the day each measurement fell on.
 */
public record ListHealthMetricsQuery(UUID userId, String metricType, LocalDate from, LocalDate to,
                                     PageRequest page) {
}
