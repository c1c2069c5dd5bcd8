package com.lifeos.query.habit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompletionTest {

    @ParameterizedTest(name = "{1}/{0} -> {2}")
    @CsvSource({
            "3, 2, 0.6667",
            "3, 1, 0.3333",
            "6, 1, 0.1667",
            "8, 5, 0.6250",
            "3, 0, 0.0000",
            "1, 1, 1.0000",
            "7, 7, 1.0000",
            "20000, 1, 0.0001",
            "20001, 1, 0.0000",
    })
    void rateIsMetOverDueAtScaleFourRoundedHalfUp(int due, int met, BigDecimal rate) {
        Completion completion = Completion.of(due, met);

        assertThat(completion.rate()).isEqualTo(rate);
    }

    @Test
    void rateIsNullWhenNothingWasDue() {
        assertThat(Completion.of(0, 0)).isEqualTo(new Completion(0, 0, null));
    }

    @ParameterizedTest
    @CsvSource({"-1, 0", "2, 3", "0, -1"})
    void metMustBeBetweenZeroAndDue(int due, int met) {
        assertThatThrownBy(() -> Completion.of(due, met)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rateIsPresentExactlyWhenSomethingWasDue() {
        assertThatThrownBy(() -> new Completion(0, 0, BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Completion(1, 0, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
