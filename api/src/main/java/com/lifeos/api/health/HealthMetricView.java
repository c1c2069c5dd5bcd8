package com.lifeos.api.health;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.api.shared.SealedText;

/** A measurement as recorded; {@code recordedOn} is the local day it fell on; notes still sealed. */
public record HealthMetricView(UUID id, String metricType, BigDecimal value, String unit, Instant recordedAt,
                               LocalDate recordedOn, SealedText notes, Instant createdAt, Instant updatedAt) {
}
