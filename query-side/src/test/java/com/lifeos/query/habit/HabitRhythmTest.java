package com.lifeos.query.habit;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lifeos.api.habit.HabitFrequency;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HabitRhythmTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 7})
    void weeklyAcceptsTargetsOneToSeven(int target) {
        assertThat(HabitRhythm.weekly(target, MONDAY).targetPerWeek()).isEqualTo(target);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 8})
    void weeklyRejectsTargetsOutsideOneToSeven(int target) {
        assertThatThrownBy(() -> HabitRhythm.weekly(target, MONDAY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("targetPerWeek");
    }

    @ParameterizedTest
    @CsvSource({"DAILY, 0", "DAILY, 9", "WEEKDAYS, -2"})
    void targetIsIgnoredAndStoredAsGivenForOtherFrequencies(HabitFrequency frequency, int target) {
        HabitRhythm rhythm = new HabitRhythm(frequency, target, Set.of(MONDAY), MONDAY);

        assertThat(rhythm.targetPerWeek()).isEqualTo(target);
    }

    @Test
    void weekdaysRequiresAtLeastOneDay() {
        assertThatThrownBy(() -> HabitRhythm.weekdays(Set.of(), MONDAY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HabitRhythm(HabitFrequency.WEEKDAYS, 1, null, MONDAY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"DAILY", "WEEKLY"})
    void otherFrequenciesAllowNoDays(HabitFrequency frequency) {
        assertThat(new HabitRhythm(frequency, 1, Set.of(), MONDAY).daysOfWeek()).isEmpty();
        assertThat(new HabitRhythm(frequency, 1, null, MONDAY).daysOfWeek()).isEmpty();
    }

    @Test
    void daysAreAnImmutableCopyInWeekOrder() {
        Set<DayOfWeek> given = new HashSet<>(List.of(FRIDAY, MONDAY, WEDNESDAY));

        HabitRhythm rhythm = HabitRhythm.weekdays(given, SUNDAY);
        given.add(SUNDAY);

        assertThat(rhythm.daysOfWeek()).containsExactly(MONDAY, WEDNESDAY, FRIDAY);
        assertThatThrownBy(() -> rhythm.daysOfWeek().add(SUNDAY)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void equalRhythmsAreEqualWhateverSetWasGiven() {
        assertThat(HabitRhythm.weekdays(EnumSet.of(MONDAY, FRIDAY), MONDAY))
                .isEqualTo(HabitRhythm.weekdays(Set.of(FRIDAY, MONDAY), MONDAY));
    }

    @Test
    void frequencyAndWeekStartAreRequired() {
        assertThatNullPointerException().isThrownBy(() -> new HabitRhythm(null, 1, Set.of(), MONDAY));
        assertThatNullPointerException().isThrownBy(() -> HabitRhythm.daily(null));
    }

    @ParameterizedTest
    @CsvSource({"MONDAY, true", "TUESDAY, false", "FRIDAY, true", "SUNDAY, false"})
    void onlyListedDaysAreDueForWeekdayHabits(DayOfWeek day, boolean due) {
        assertThat(HabitRhythm.weekdays(Set.of(MONDAY, FRIDAY), MONDAY).isDueOn(day)).isEqualTo(due);
        assertThat(HabitRhythm.daily(MONDAY).isDueOn(day)).isTrue();
        assertThat(HabitRhythm.weekly(2, MONDAY).isDueOn(day)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"DAILY, DAYS", "WEEKDAYS, DAYS", "WEEKLY, WEEKS"})
    void weeklyHabitsCountStreaksInWeeks(HabitFrequency frequency, StreakUnit unit) {
        assertThat(new HabitRhythm(frequency, 1, Set.of(MONDAY), MONDAY).streakUnit()).isEqualTo(unit);
    }
}
