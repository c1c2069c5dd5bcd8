package com.lifeos.query.habit;

import static com.lifeos.query.habit.TestDates.date;
import static com.lifeos.query.habit.TestDates.dates;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DuePeriodsTest {

    @Test
    void consecutiveDueDaysGetConsecutiveOrdinalsAcrossWeeksAndYears() {
        HabitRhythm rhythm = HabitRhythm.weekdays(EnumSet.of(MONDAY, WEDNESDAY, FRIDAY), MONDAY);
        List<LocalDate> dueDays = LocalDate.of(1969, 12, 1).datesUntil(LocalDate.of(1970, 2, 1))
                .filter(day -> rhythm.isDueOn(day.getDayOfWeek()))
                .toList();

        for (int i = 1; i < dueDays.size(); i++) {
            assertThat(DuePeriods.atOrAfter(rhythm, dueDays.get(i)))
                    .as(dueDays.get(i).toString())
                    .isEqualTo(DuePeriods.atOrAfter(rhythm, dueDays.get(i - 1)) + 1);
        }
    }

    @Test
    void nonDueDayTakesTheOrdinalOfTheNextDueDay() {
        HabitRhythm rhythm = HabitRhythm.weekdays(EnumSet.of(MONDAY, WEDNESDAY, FRIDAY), MONDAY);

        assertThat(DuePeriods.atOrAfter(rhythm, date("2026-06-06")))
                .isEqualTo(DuePeriods.atOrAfter(rhythm, date("2026-06-08")));
        assertThat(DuePeriods.atOrAfter(rhythm, date("2026-06-02")))
                .isEqualTo(DuePeriods.atOrAfter(rhythm, date("2026-06-03")));
    }

    @ParameterizedTest(name = "{0}..{1} with weeks from {2}: {3} weeks")
    @CsvSource({
            "2026-06-01, 2026-06-07, MONDAY, 1",
            "2026-06-01, 2026-06-07, SUNDAY, 2",
            "2026-06-07, 2026-06-08, MONDAY, 2",
            "2026-12-28, 2027-01-03, MONDAY, 1",
            "1969-12-29, 1970-01-05, MONDAY, 2",
    })
    void weeklyCountsOverlappingWeeks(LocalDate start, LocalDate end, java.time.DayOfWeek weekStart, long weeks) {
        assertThat(DuePeriods.countInclusive(HabitRhythm.weekly(1, weekStart), start, end)).isEqualTo(weeks);
    }

    @Test
    void countingDaysAreSortedDistinctDueAndNotInTheFuture() {
        HabitRhythm rhythm = HabitRhythm.weekdays(EnumSet.of(MONDAY, FRIDAY), SUNDAY);

        long[] days = DuePeriods.countingEpochDays(rhythm,
                dates("2026-06-08 2026-06-05 2026-06-05 2026-06-06 2026-06-12 2026-06-01"), date("2026-06-10"));

        assertThat(days).containsExactly(
                date("2026-06-01").toEpochDay(), date("2026-06-05").toEpochDay(), date("2026-06-08").toEpochDay());
    }
}
