package com.lifeos.query.habit;

import static com.lifeos.query.habit.TestDates.date;
import static com.lifeos.query.habit.TestDates.dates;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckinSeriesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                | check-ins                                                        | from       | to         | counts
            zero-filled, duplicates each counted  | 2026-05-31 2026-06-02 2026-06-02 2026-06-04 2026-06-06            | 2026-06-01 | 2026-06-05 | 0 2 0 1 0
            no check-ins                          |                                                                  | 2026-06-01 | 2026-06-03 | 0 0 0
            single day                            | 2026-06-01 2026-06-01                                            | 2026-06-01 | 2026-06-01 | 2
            over leap day 2028                    | 2028-02-29 2028-03-01                                            | 2028-02-28 | 2028-03-01 | 0 1 1
            over New Year                         | 2026-12-31 2027-01-01 2027-01-01                                 | 2026-12-30 | 2027-01-02 | 0 1 2 0
            """)
    void perDayHasOneEntryPerDayInOrder(String description, String checkins, String from, String to, String counts) {
        List<DayCount> series = CheckinSeries.perDay(dates(checkins), date(from), date(to));

        assertThat(series).extracting(DayCount::date)
                .containsExactlyElementsOf(date(from).datesUntil(date(to).plusDays(1)).toList());
        assertThat(series).extracting(DayCount::count)
                .containsExactlyElementsOf(Arrays.stream(counts.split(" ")).map(Integer::valueOf).toList());
    }

    @Test
    void perDayIsEmptyWhenFromIsAfterTo() {
        assertThat(CheckinSeries.perDay(dates("2026-06-01"), date("2026-06-02"), date("2026-06-01"))).isEmpty();
    }

    @Test
    void byWeekdayHasAllSevenDaysEvenWithoutCheckins() {
        Map<DayOfWeek, Integer> counts = CheckinSeries.byWeekday(List.of(), date("2026-06-01"), date("2026-06-30"));

        assertThat(counts).isInstanceOf(EnumMap.class)
                .containsExactly(
                        Map.entry(MONDAY, 0), Map.entry(TUESDAY, 0), Map.entry(WEDNESDAY, 0), Map.entry(THURSDAY, 0),
                        Map.entry(FRIDAY, 0), Map.entry(SATURDAY, 0), Map.entry(SUNDAY, 0));
    }

    @Test
    void byWeekdayCountsEveryCheckinInRange() {
        // 06-01 and 06-08 are Mondays, 06-07 a Sunday; two habits both checked in on 06-01.
        List<LocalDate> checkins = dates("2026-05-31 2026-06-01 2026-06-01 2026-06-07 2026-06-08 2026-06-10 2026-06-15");

        Map<DayOfWeek, Integer> counts = CheckinSeries.byWeekday(checkins, date("2026-06-01"), date("2026-06-14"));

        assertThat(counts).containsExactly(
                Map.entry(MONDAY, 3), Map.entry(TUESDAY, 0), Map.entry(WEDNESDAY, 1), Map.entry(THURSDAY, 0),
                Map.entry(FRIDAY, 0), Map.entry(SATURDAY, 0), Map.entry(SUNDAY, 1));
    }

    @Test
    void byWeekdayIsAllZeroWhenFromIsAfterTo() {
        Map<DayOfWeek, Integer> counts = CheckinSeries.byWeekday(dates("2026-06-01"), date("2026-06-02"), date("2026-06-01"));

        assertThat(counts).hasSize(7).allSatisfy((day, count) -> assertThat(count).isZero());
    }
}
