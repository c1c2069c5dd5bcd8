package com.lifeos.api.health;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.api.shared.Owned;
import com.lifeos.api.shared.PersonalText;
import com.lifeos.api.shared.SealedText;

/**
 * A measurement taken at {@code recordedAt}, which fell on the local {@code date} in {@code zone}, the owner's
 * zone when it was recorded. The value and unit are as the owner recorded them; notes are sealed.
 */
public record HealthMetricRecordedEvent(UUID metricId, UUID userId, @PersonalText String metricType, BigDecimal value,
                                        @PersonalText String unit, Instant recordedAt, LocalDate date, String zone,
                                        SealedText notes) implements Owned {
}
