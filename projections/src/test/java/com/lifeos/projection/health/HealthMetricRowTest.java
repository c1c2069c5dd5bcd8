package com.lifeos.projection.health;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.api.health.HealthMetricChangedEvent;
import com.lifeos.api.health.HealthMetricRecordedEvent;
import com.lifeos.api.shared.SealedText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HealthMetricRowTest {

    private static final UUID METRIC = UUID.fromString("00000000-0000-0000-0000-0000000000f1");
    private static final UUID OWNER = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final Instant TAKEN = Instant.parse("2026-03-01T07:00:00Z");
    private static final Instant CREATED = Instant.parse("2026-03-01T08:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-02T08:00:00Z");
    private static final Instant LATEST = Instant.parse("2026-03-03T08:00:00Z");

    private static HealthMetricRow created() {
        return new HealthMetricRow(new HealthMetricRecordedEvent(METRIC, OWNER, "weight", new BigDecimal("80.00"),
                "kg", TAKEN, LocalDate.of(2026, 3, 1), "UTC", new SealedText("v1.bm90ZXM=")), 0, CREATED);
    }

    private static HealthMetricChangedEvent changed(String value) {
        return new HealthMetricChangedEvent(METRIC, OWNER, "weight", new BigDecimal(value), "kg", TAKEN,
                LocalDate.of(2026, 3, 1), "UTC", null);
    }

    @Test
    void aNewRowKeepsTheReadingAsRecordedWithItsLocalDay() {
        HealthMetricRow row = created();

        assertThat(row.value()).isEqualByComparingTo("80");
        assertThat(row.recordedOn()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(row.notes()).isEqualTo("v1.bm90ZXM=");
        assertThat(row.updatedAt()).isEqualTo(CREATED);
    }

    @Test
    void theSameEventAppliedTwiceChangesNothingMore() {
        HealthMetricRow row = created();
        row.change(changed("79.50"), 1, LATER);
        row.change(changed("79.50"), 1, LATEST);

        assertThat(row.value()).isEqualByComparingTo("79.5");
        assertThat(row.notes()).isNull();
        assertThat(row.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void anOlderEventNeverOverwritesANewerOne() {
        HealthMetricRow row = created();
        row.change(changed("78.00"), 2, LATEST);
        row.change(changed("79.50"), 1, LATER);

        assertThat(row.value()).isEqualByComparingTo("78");
        assertThat(row.updatedAt()).isEqualTo(LATEST);
    }
}
