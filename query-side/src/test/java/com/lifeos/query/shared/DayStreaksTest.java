package com.lifeos.query.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class DayStreaksTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 2);

    @Test
    void noDaysIsNoStreak() {
        assertThat(DayStreaks.current(List.of(), TODAY)).isZero();
        assertThat(DayStreaks.longest(List.of(), TODAY)).isZero();
    }

    @Test
    void aRunEndingTodayCountsAcrossTheYearEnd() {
        List<LocalDate> days = List.of(LocalDate.of(2025, 12, 30), LocalDate.of(2025, 12, 31), TODAY.minusDays(1),
                TODAY);

        assertThat(DayStreaks.current(days, TODAY)).isEqualTo(4);
    }

    @Test
    void aRunEndingYesterdayIsStillCurrentWhileTodayIsNotOver() {
        assertThat(DayStreaks.current(List.of(TODAY.minusDays(2), TODAY.minusDays(1)), TODAY)).isEqualTo(2);
    }

    @Test
    void aMissedDayBeforeYesterdayEndsTheRun() {
        assertThat(DayStreaks.current(List.of(TODAY.minusDays(3), TODAY.minusDays(2)), TODAY)).isZero();
    }

    @Test
    void repeatedDaysCountOnce() {
        assertThat(DayStreaks.current(List.of(TODAY, TODAY, TODAY.minusDays(1)), TODAY)).isEqualTo(2);
    }

    @Test
    void theLongestRunMayLieInThePastAndIgnoresFutureDays() {
        List<LocalDate> days = List.of(LocalDate.of(2025, 2, 27), LocalDate.of(2025, 2, 28), LocalDate.of(2025, 3, 1),
                TODAY, TODAY.plusDays(1), TODAY.plusDays(2), TODAY.plusDays(3));

        assertThat(DayStreaks.longest(days, TODAY)).isEqualTo(3);
    }
}
