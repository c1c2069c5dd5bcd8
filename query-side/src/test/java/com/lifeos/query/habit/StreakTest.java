package com.lifeos.query.habit;

import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StreakTest {

    @ParameterizedTest
    @CsvSource({"-1, 0", "3, 2"})
    void currentMustBeBetweenZeroAndLongest(int current, int longest) {
        assertThatThrownBy(() -> new Streak(current, longest, StreakUnit.DAYS, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unitIsRequired() {
        assertThatNullPointerException().isThrownBy(() -> new Streak(0, 0, null, null));
    }
}
