package com.lifeos.query.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocalDaysTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                                 | instant               | zone          | today
            00:30 in Tokyo is the Tokyo date, UTC still yesterday  | 2026-03-14T15:30:00Z  | Asia/Tokyo    | 2026-03-15
            23:30 in Tokyo is still the Tokyo date                 | 2026-03-15T14:30:00Z  | Asia/Tokyo    | 2026-03-15
            23:30 UTC is already tomorrow in Tokyo                 | 2026-03-14T23:30:00Z  | Asia/Tokyo    | 2026-03-15
            same instant in UTC                                    | 2026-03-14T23:30:00Z  | UTC           | 2026-03-14
            Berlin 23:59 CET before spring-forward day             | 2026-03-28T22:59:00Z  | Europe/Berlin | 2026-03-28
            Berlin midnight CET starts spring-forward day          | 2026-03-28T23:00:00Z  | Europe/Berlin | 2026-03-29
            Berlin 01:59 CET just before the gap                   | 2026-03-29T00:59:00Z  | Europe/Berlin | 2026-03-29
            Berlin 03:00 CEST just after the gap                   | 2026-03-29T01:00:00Z  | Europe/Berlin | 2026-03-29
            Berlin 23:59 CEST ends the 23-hour day                 | 2026-03-29T21:59:00Z  | Europe/Berlin | 2026-03-29
            Berlin midnight CEST after spring-forward              | 2026-03-29T22:00:00Z  | Europe/Berlin | 2026-03-30
            Berlin 23:59 CEST before fall-back day                 | 2026-10-24T21:59:00Z  | Europe/Berlin | 2026-10-24
            Berlin midnight CEST starts fall-back day              | 2026-10-24T22:00:00Z  | Europe/Berlin | 2026-10-25
            Berlin first 02:30 (CEST)                              | 2026-10-25T00:30:00Z  | Europe/Berlin | 2026-10-25
            Berlin second 02:30 (CET)                              | 2026-10-25T01:30:00Z  | Europe/Berlin | 2026-10-25
            Berlin 23:59 CET ends the 25-hour day                  | 2026-10-25T22:59:00Z  | Europe/Berlin | 2026-10-25
            Berlin midnight CET after fall-back                    | 2026-10-25T23:00:00Z  | Europe/Berlin | 2026-10-26
            fixed offset zone                                      | 2026-06-10T23:30:00Z  | +01:00        | 2026-06-11
            """)
    void todayIsTheCalendarDateInTheUsersZone(String description, Instant now, String zone, LocalDate today) {
        assertThat(LocalDays.today(now, ZoneId.of(zone))).isEqualTo(today);
    }

    @ParameterizedTest(name = "{0} with weeks from {1} -> {2}")
    @CsvSource({
            "2026-06-10, MONDAY,    2026-06-08",
            "2026-06-10, SUNDAY,    2026-06-07",
            "2026-06-10, WEDNESDAY, 2026-06-10",
            "2026-06-10, THURSDAY,  2026-06-04",
            "2026-06-08, MONDAY,    2026-06-08",
            "2026-06-07, MONDAY,    2026-06-01",
            "2026-06-07, SUNDAY,    2026-06-07",
            "2027-01-01, MONDAY,    2026-12-28",
            "2027-01-03, MONDAY,    2026-12-28",
            "2027-01-02, SUNDAY,    2026-12-27",
            "2028-03-01, SATURDAY,  2028-02-26",
            "2028-02-29, TUESDAY,   2028-02-29",
    })
    void weekStartOfIsTheFirstDayOfTheContainingWeek(LocalDate date, DayOfWeek weekStart, LocalDate expected) {
        assertThat(LocalDays.weekStartOf(date, weekStart)).isEqualTo(expected);
    }
}
