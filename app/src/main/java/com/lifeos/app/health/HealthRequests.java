package com.lifeos.app.health;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.lifeos.api.health.MetricTypes;
import com.lifeos.api.shared.Texts;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The JSON bodies of the health endpoints, checked at the transport edge (notes still in clear). Whether a unit
 * and value suit the type is the catalog's rule, judged after binding ({@link MetricTypes}).
 */
final class HealthRequests {

    private HealthRequests() {
    }

    /** {@code recordedAt} defaults to now; {@code unit} to a known type's default; {@code id} makes a repeat harmless. */
    record Create(UUID id,
                  @NotBlank @Size(max = MetricTypes.TYPE_MAX) String metricType,
                  @NotNull @Digits(integer = 8, fraction = 2) BigDecimal value,
                  @Size(max = MetricTypes.UNIT_MAX) String unit,
                  OffsetDateTime recordedAt,
                  @Size(max = Texts.NOTES_MAX) String notes) {
    }

    /** Every field is optional: absent (or null) keeps the current value; empty notes remove the notes. */
    record Change(@Size(min = 1, max = MetricTypes.TYPE_MAX) String metricType,
                  @Digits(integer = 8, fraction = 2) BigDecimal value,
                  @Size(max = MetricTypes.UNIT_MAX) String unit,
                  OffsetDateTime recordedAt,
                  @Size(max = Texts.NOTES_MAX) String notes) {
    }
}
