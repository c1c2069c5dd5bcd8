package com.lifeos.store.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Random;

import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.Test;

class EventTimestampsTest {

    @Test
    void readsWhatAxonWritesExactlyAsAxonReadsIt() {
        Random random = new Random(42);
        for (int i = 0; i < 10_000; i++) {
            Instant instant = Instant.ofEpochMilli(random.nextLong(0, Instant.parse("9999-12-31T23:59:59.999Z")
                    .toEpochMilli()));
            String stored = DateTimeUtils.formatInstant(instant);
            assertThat(EventTimestamps.parse(stored)).as(stored).isEqualTo(DateTimeUtils.parseInstant(stored))
                    .isEqualTo(instant);
        }
    }

    @Test
    void theEdgesOfADayAndOfLeapYearsAreRead() {
        for (String stored : new String[] {"2024-02-29T23:59:59.999Z", "2026-01-01T00:00:00.000Z",
                "1970-01-01T00:00:00.000Z", "2000-02-29T12:00:00.500Z"}) {
            assertThat(EventTimestamps.parse(stored)).isEqualTo(Instant.parse(stored));
        }
    }

    @Test
    void anyOtherShapeIsLeftToAxonsParser() {
        assertThat(EventTimestamps.parse("2026-03-15T15:30:00.123+01:00"))
                .isEqualTo(Instant.parse("2026-03-15T14:30:00.123Z"));
        assertThat(EventTimestamps.parse("2026-03-15T14:30:00.123456789Z"))
                .isEqualTo(Instant.parse("2026-03-15T14:30:00.123456789Z"));
        assertThat(EventTimestamps.parse("2026-03-15T14:30:00Z")).isEqualTo(Instant.parse("2026-03-15T14:30:00Z"));
    }

    @Test
    void anImpossibleDateIsRefusedAsAxonRefusesIt() {
        assertThatThrownBy(() -> EventTimestamps.parse("2026-02-30T10:00:00.000Z"))
                .isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> EventTimestamps.parse("2026-03-15T24:00:00.000Z"))
                .isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> EventTimestamps.parse("2026-0x-15T10:00:00.000Z"))
                .isInstanceOf(DateTimeParseException.class);
    }
}
