package com.lifeos.api.shared;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DateBoundsTest {

    @ParameterizedTest
    @ValueSource(strings = {"1900-01-01", "1970-01-01", "2026-12-03", "2200-12-31"})
    void acceptsDatesFrom1900To2200(String date) {
        assertThat(DateBounds.require("date", LocalDate.parse(date))).isEqualTo(LocalDate.parse(date));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-999999999-01-01", "0000-01-01", "1899-12-31", "2201-01-01", "+999999999-12-31"})
    void refusesDatesOutside(String date) {
        assertThatIllegalArgumentException().isThrownBy(() -> DateBounds.require("entry_date", LocalDate.parse(date)))
                .withMessage("entry_date must be between 1900-01-01 and 2200-12-31");
    }

    @Test
    void judgesAnInstantByItsDateInUtc() {
        assertThat(DateBounds.contains(Instant.parse("1900-01-01T00:00:00Z"))).isTrue();
        assertThat(DateBounds.contains(Instant.parse("2200-12-31T23:59:59.999999999Z"))).isTrue();
        assertThat(DateBounds.contains(Instant.parse("1899-12-31T23:59:59.999999999Z"))).isFalse();
        assertThat(DateBounds.contains(Instant.parse("2201-01-01T00:00:00Z"))).isFalse();
        assertThat(DateBounds.contains(Instant.ofEpochSecond(-999_999_999_999L))).isFalse();
        assertThat(DateBounds.require("recorded_at", (Instant) null)).isNull();
    }
}
