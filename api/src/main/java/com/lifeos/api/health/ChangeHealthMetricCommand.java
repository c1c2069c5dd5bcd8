package com.lifeos.api.health;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import com.lifeos.api.shared.Checks;
import com.lifeos.api.shared.DateBounds;
import com.lifeos.api.shared.SealedText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A partial change: null fields keep their value; {@code clearNotes} removes the notes. A new {@code recordedAt}
 * is judged again in {@code zone}, the owner's zone now; {@code now} is the sender's clock.
 */
public record ChangeHealthMetricCommand(@TargetAggregateIdentifier UUID metricId, UUID userId, String metricType,
                                        BigDecimal value, String unit, Instant recordedAt, String zone, Instant now,
                                        SealedText notes, boolean clearNotes) {

    public ChangeHealthMetricCommand {
        DateBounds.require("recorded_at", recordedAt);
        Checks.addressed("metricId", metricId, userId);
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(now, "now");
        metricType = metricType == null ? null : MetricTypes.normalise(metricType);
        value = value == null ? null : RecordHealthMetricCommand.twoPlaces(value);
        recordedAt = RecordHealthMetricCommand.storable(recordedAt);
        if (notes != null && clearNotes) {
            throw new IllegalArgumentException("notes cannot be changed and cleared at once");
        }
    }
}
