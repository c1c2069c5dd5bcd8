package com.lifeos.query.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import com.lifeos.api.shared.DateRange;
import com.lifeos.api.time.TimeProductivityView;
import com.lifeos.api.time.TimeProductivityView.HourScore;
import com.lifeos.api.time.TimeProductivityView.WeekdayScore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.lifeos.query.time.TimeEntries.lasting;
import static com.lifeos.query.time.TimeEntries.timed;
import static org.assertj.core.api.Assertions.assertThat;

class TimeProductivityTest {

    private static DateRange range(String from, String to) {
        return new DateRange(LocalDate.parse(from), LocalDate.parse(to));
    }

    private static String averages(List<HourScore> hours) {
        return String.join(" ", hours.stream().filter(hour -> hour.averageScore() != null)
                .map(hour -> hour.hour() + ":" + hour.minutes() + "@" + hour.averageScore().toPlainString())
                .toList());
    }

    @Test
    void withoutScoredEntriesThereAreNoAveragesAndNoBestOrWorstHour() {
        TimeProductivityView view = TimeProductivity.of(List.of(
                        timed("work", "2026-05-04T09:00", "2026-05-04T10:00", "UTC", null)),
                range("2026-05-04", "2026-05-10"), ZoneId.of("UTC"));

        assertThat(view.byHour()).hasSize(24).allSatisfy(hour -> assertThat(hour.averageScore()).isNull());
        assertThat(view.byWeekday()).extracting(WeekdayScore::weekday).containsExactly(DayOfWeek.values());
        assertThat(view.byWeekday()).allSatisfy(day -> assertThat(day.averageScore()).isNull());
        assertThat(view.mostProductiveHour()).isNull();
        assertThat(view.leastProductiveHour()).isNull();
    }

    @Test
    void weighsEachScoreByTheMinutesSpentInTheHour() {
        TimeProductivityView view = TimeProductivity.of(List.of(
                        timed("work", "2026-05-04T09:30", "2026-05-04T10:30", "UTC", 8),
                        timed("mail", "2026-05-04T10:00", "2026-05-04T11:00", "UTC", 4)),
                range("2026-05-04", "2026-05-04"), ZoneId.of("UTC"));

        // hour 10: 30 minutes at 8 and 60 at 4 = 480 / 90
        assertThat(averages(view.byHour())).isEqualTo("9:30@8.00 10:90@5.33");
        assertThat(view.mostProductiveHour()).isEqualTo(9);
        assertThat(view.leastProductiveHour()).isEqualTo(10);
        assertThat(view.byWeekday().get(0).minutes()).isEqualTo(120);
        assertThat(view.byWeekday().get(0).averageScore()).isEqualByComparingTo("6.00");
    }

    @Test
    void tiesGoToTheEarliestHour() {
        TimeProductivityView view = TimeProductivity.of(List.of(
                        timed("a", "2026-05-04T14:00", "2026-05-04T15:00", "UTC", 6),
                        timed("b", "2026-05-04T08:00", "2026-05-04T09:00", "UTC", 6),
                        timed("c", "2026-05-04T20:00", "2026-05-04T21:00", "UTC", 6)),
                range("2026-05-04", "2026-05-04"), ZoneId.of("UTC"));

        assertThat(view.mostProductiveHour()).isEqualTo(8);
        assertThat(view.leastProductiveHour()).isEqualTo(8);
    }

    static Stream<Arguments> localHours() {
        return Stream.of(
                Arguments.of("hours of the user's zone", "Asia/Tokyo",
                        timed("w", "2026-05-04T09:00", "2026-05-04T10:00", "Asia/Tokyo", 7),
                        range("2026-05-04", "2026-05-04"), "9:60@7.00"),
                Arguments.of("a 25-hour day counts both of its hour 2 to hour 2", "Europe/Berlin",
                        timed("w", "2026-10-25T01:30", "2026-10-25T03:30", "Europe/Berlin", 6),
                        range("2026-10-25", "2026-10-25"), "1:30@6.00 2:120@6.00 3:30@6.00"),
                Arguments.of("a 23-hour day has no hour 2", "Europe/Berlin",
                        timed("w", "2026-03-29T01:30", "2026-03-29T03:30", "Europe/Berlin", 6),
                        range("2026-03-29", "2026-03-29"), "1:30@6.00 3:30@6.00"),
                Arguments.of("only the hours inside the range", "UTC",
                        timed("w", "2026-05-03T23:00", "2026-05-04T01:00", "UTC", 9),
                        range("2026-05-04", "2026-05-04"), "0:60@9.00"),
                Arguments.of("a duration alone has no hour", "UTC",
                        lasting("w", 60, "2026-05-04", 9),
                        range("2026-05-04", "2026-05-04"), ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("localHours")
    void scoresLocalHours(String name, String zone, TimeFacts entry, DateRange range, String expected) {
        assertThat(averages(TimeProductivity.of(List.of(entry), range, ZoneId.of(zone)).byHour())).isEqualTo(expected);
    }

    @Test
    void weekdaysCountMinutesOnEachLocalDayAndDurationsOnTheirDate() {
        TimeProductivityView view = TimeProductivity.of(List.of(
                        timed("w", "2026-05-03T23:00", "2026-05-04T01:00", "UTC", 5),
                        lasting("r", 60, "2026-05-04", 8),
                        lasting("unscored", 600, "2026-05-04", null),
                        lasting("r", 30, "2026-05-06", 3)),
                range("2026-05-03", "2026-05-09"), ZoneId.of("UTC"));

        assertThat(view.byWeekday()).extracting(day -> day.weekday() + ":" + day.minutes() + "@" + day.averageScore())
                .containsExactly("MONDAY:120@6.50", "TUESDAY:0@null", "WEDNESDAY:30@3.00", "THURSDAY:0@null",
                        "FRIDAY:0@null", "SATURDAY:0@null", "SUNDAY:60@5.00");
    }
}
