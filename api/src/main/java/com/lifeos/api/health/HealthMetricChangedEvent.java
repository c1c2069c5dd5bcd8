package com.lifeos.api.health;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.api.shared.Owned;
import com.lifeos.api.shared.PersonalText;
import com.lifeos.api.shared.SealedText;

/** The measurement's whole state after a change (not just the changed fields), its day judged as when recorded. */
public record HealthMetricChangedEvent(UUID metricId, UUID userId, @PersonalText String metricType, BigDecimal value,
                                       @PersonalText String unit, Instant recordedAt, LocalDate date, String zone,
                                       SealedText notes) implements Owned {
}
