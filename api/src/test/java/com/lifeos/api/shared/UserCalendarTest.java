package com.lifeos.api.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class UserCalendarTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @ParameterizedTest(name = "{0}: today {1}, weeks from {2} -> {3}..today ({4} days)")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                         | today      | week start | from       | days
            mid-week, weeks from monday                    | 2026-12-03 | MONDAY     | 2026-11-09 | 25
            mid-week, weeks from sunday                    | 2026-12-03 | SUNDAY     | 2026-11-08 | 26
            today is the first day of the week (monday)    | 2026-11-30 | MONDAY     | 2026-11-09 | 22
            today is the first day of the week (sunday)    | 2026-11-29 | SUNDAY     | 2026-11-08 | 22
            today is the last day of the week              | 2026-12-06 | MONDAY     | 2026-11-09 | 28
            today is the last day of the week (sunday)     | 2026-12-05 | SUNDAY     | 2026-11-08 | 28
            week holding the spring DST change             | 2026-03-29 | MONDAY     | 2026-03-02 | 28
            week after the spring DST change               | 2026-03-30 | MONDAY     | 2026-03-09 | 22
            week holding the autumn DST change             | 2026-10-25 | SUNDAY     | 2026-10-04 | 22
            window crossing a month end                    | 2026-03-02 | MONDAY     | 2026-02-09 | 22
            window crossing the year end                   | 2027-01-01 | MONDAY     | 2026-12-07 | 26
            window crossing a leap day                     | 2028-03-01 | MONDAY     | 2028-02-07 | 24
            weeks from saturday                            | 2026-12-03 | SATURDAY   | 2026-11-07 | 27
            """)
    void theLastFourWeeksAreTheCurrentWeekToDateAndTheThreeBefore(String description, LocalDate today,
                                                                  DayOfWeek weekStart, LocalDate from, long days) {
        DateRange window = new UserCalendar(BERLIN, today, weekStart).lastWeeks(4);

        assertThat(window.from()).isEqualTo(from);
        assertThat(window.to()).isEqualTo(today);
        assertThat(window.contains(today)).isTrue();
        assertThat(window.days()).isEqualTo(days);
        assertThat(window.from().getDayOfWeek()).isEqualTo(weekStart);
    }

    @Test
    void oneWeekIsTheCurrentWeekToDate() {
        UserCalendar calendar = new UserCalendar(BERLIN, LocalDate.of(2026, 12, 3), DayOfWeek.MONDAY);

        assertThat(calendar.currentWeekStart()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(calendar.lastWeeks(1)).isEqualTo(new DateRange(LocalDate.of(2026, 11, 30),
                LocalDate.of(2026, 12, 3)));
        assertThat(new UserCalendar(BERLIN, LocalDate.of(2026, 11, 30), DayOfWeek.MONDAY).lastWeeks(1).days())
                .isEqualTo(1);
    }

    @Test
    void refusesAnEmptyWindow() {
        UserCalendar calendar = new UserCalendar(BERLIN, LocalDate.of(2026, 12, 3), DayOfWeek.MONDAY);

        assertThatIllegalArgumentException().isThrownBy(() -> calendar.lastWeeks(0));
    }
}
