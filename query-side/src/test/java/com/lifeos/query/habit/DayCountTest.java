package com.lifeos.query.habit;

import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DayCountTest {

    @Test
    void countCannotBeNegative() {
        assertThatThrownBy(() -> new DayCount(LocalDate.of(2026, 6, 1), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dateIsRequired() {
        assertThatNullPointerException().isThrownBy(() -> new DayCount(null, 0));
    }
}
