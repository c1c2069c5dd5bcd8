package com.lifeos.api.health;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

import com.lifeos.api.shared.Checks;
import com.lifeos.api.shared.DateBounds;
import com.lifeos.api.shared.SealedText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records one measurement taken at {@code recordedAt}. Its day is judged in {@code zone}, the owner's zone when
 * they record it; {@code now} is the sender's clock, since the aggregate has none, so it knows what "the future"
 * means. {@code unit} may be null: a known type then takes its default unit.
 */
public record RecordHealthMetricCommand(@TargetAggregateIdentifier UUID metricId, UUID userId, String metricType,
                                        BigDecimal value, String unit, Instant recordedAt, String zone, Instant now,
                                        SealedText notes) {

    /** How far ahead of the sender's clock a device's clock may be before a reading counts as "in the future". */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    public RecordHealthMetricCommand {
        DateBounds.require("recorded_at", recordedAt);
        Checks.addressed("metricId", metricId, userId);
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(now, "now");
        metricType = MetricTypes.normalise(metricType);
        value = twoPlaces(value);
        recordedAt = storable(recordedAt);
    }

    /** The value with exactly two decimals, as the read model keeps it, so equal readings compare equal. */
    static BigDecimal twoPlaces(BigDecimal value) {
        if (value == null) {
            throw new IllegalArgumentException("value must not be null");
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("value must have at most 2 decimals");
        }
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** Microseconds, what the database keeps, so a time read back and sent again is the same time. */
    static Instant storable(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }
}
