package com.lifeos.query.time;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import com.lifeos.api.shared.DateRange;
import com.lifeos.api.time.TimeAnalyticsView;
import com.lifeos.api.time.TimeAnalyticsView.CategoryMinutes;
import com.lifeos.api.time.TimeAnalyticsView.DayMinutes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.lifeos.query.time.TimeEntries.at;
import static com.lifeos.query.time.TimeEntries.lasting;
import static com.lifeos.query.time.TimeEntries.timed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class TimeAnalyticsTest {

    private static DateRange range(String from, String to) {
        return new DateRange(LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void anEmptyRangeHasEveryDayAtZeroAndNoCategories() {
        TimeAnalyticsView view = TimeAnalytics.of(List.of(), range("2026-02-27", "2026-03-02"), ZoneId.of("UTC"));

        assertThat(view.totalMinutes()).isZero();
        assertThat(view.byCategory()).isEmpty();
        assertThat(view.byDay()).extracting(DayMinutes::date).containsExactly(LocalDate.parse("2026-02-27"),
                LocalDate.parse("2026-02-28"), LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-02"));
        assertThat(view.byDay()).allSatisfy(day -> assertThat(day.minutes()).isZero());
        assertThat(view.overlaps()).isEmpty();
    }

    static Stream<Arguments> days() {
        return Stream.of(
                Arguments.of("an entry across local midnight splits over both days", "Asia/Tokyo",
                        timed("work", "2026-03-09T23:30", "2026-03-10T00:45", "Asia/Tokyo", null),
                        range("2026-03-09", "2026-03-10"), List.of(30L, 45L)),
                Arguments.of("midnight in the user's zone, not UTC", "Asia/Tokyo",
                        timed("work", "2026-03-09T08:00", "2026-03-09T10:00", "Asia/Tokyo", null),
                        range("2026-03-08", "2026-03-09"), List.of(0L, 120L)),
                Arguments.of("only the part inside the range counts", "UTC",
                        timed("work", "2026-03-31T22:00", "2026-04-01T03:00", "UTC", null),
                        range("2026-04-01", "2026-04-02"), List.of(180L, 0L)),
                Arguments.of("a whole 23-hour day (spring forward)", "Europe/Berlin",
                        timed("sleep", "2026-03-29T00:00", "2026-03-30T00:00", "Europe/Berlin", null),
                        range("2026-03-28", "2026-03-30"), List.of(0L, 1380L, 0L)),
                Arguments.of("24 hours from midnight of a 25-hour day stay on it", "Europe/Berlin",
                        timed("sleep", "2026-10-25T00:00", "2026-10-25T23:00", "Europe/Berlin", null),
                        range("2026-10-25", "2026-10-26"), List.of(1440L, 0L)),
                Arguments.of("across the year's end", "UTC",
                        timed("party", "2026-12-31T23:00", "2027-01-01T01:00", "UTC", null),
                        range("2026-12-31", "2027-01-01"), List.of(60L, 60L)),
                Arguments.of("a duration alone counts on its date", "UTC",
                        lasting("reading", 45, "2026-02-28", null),
                        range("2026-02-28", "2026-03-01"), List.of(45L, 0L)),
                Arguments.of("a duration alone outside the range does not count", "UTC",
                        lasting("reading", 45, "2026-02-27", null),
                        range("2026-02-28", "2026-03-01"), List.of(0L, 0L)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("days")
    void countsTheMinutesOfEachLocalDay(String name, String zone, TimeFacts entry, DateRange range,
                                        List<Long> minutesPerDay) {
        TimeAnalyticsView view = TimeAnalytics.of(List.of(entry), range, ZoneId.of(zone));

        assertThat(view.byDay()).extracting(DayMinutes::minutes).isEqualTo(minutesPerDay);
        assertThat(view.totalMinutes()).isEqualTo(minutesPerDay.stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void sharesAreOfTheTotalWithMostMinutesFirstAndNoCategoryAsUncategorized() {
        TimeAnalyticsView view = TimeAnalytics.of(List.of(
                timed("work", "2026-05-04T09:00", "2026-05-04T10:40", "UTC", null),
                lasting(null, 50, "2026-05-04", null),
                lasting("sport", 50, "2026-05-05", null)), range("2026-05-04", "2026-05-05"), ZoneId.of("UTC"));

        assertThat(view.totalMinutes()).isEqualTo(200);
        assertThat(view.byCategory()).extracting(CategoryMinutes::category, CategoryMinutes::minutes)
                .containsExactly(tuple("work", 100L),
                        tuple("sport", 50L),
                        tuple(TimeAnalytics.UNCATEGORIZED, 50L));
        assertThat(view.byCategory()).extracting(category -> category.share().toPlainString())
                .containsExactly("50.0", "25.0", "25.0");
    }

    @Test
    void sharesAreRoundedEachOnItsOwnAndMayMissAHundred() {
        TimeAnalyticsView view = TimeAnalytics.of(List.of(
                lasting("a", 10, "2026-05-04", null),
                lasting("b", 10, "2026-05-04", null),
                lasting("c", 10, "2026-05-04", null)), range("2026-05-04", "2026-05-04"), ZoneId.of("UTC"));

        assertThat(view.byCategory()).extracting(category -> category.share().toPlainString())
                .containsExactly("33.3", "33.3", "33.3");
    }

    @Test
    void findsEveryOverlappingPairWithItsMinutesButNotEntriesThatOnlyTouch() {
        UUID a = UUID.fromString("00000000-0000-0000-0000-00000000000a");
        UUID b = UUID.fromString("00000000-0000-0000-0000-00000000000b");
        UUID c = UUID.fromString("00000000-0000-0000-0000-00000000000c");
        UUID d = UUID.fromString("00000000-0000-0000-0000-00000000000d");
        TimeAnalyticsView view = TimeAnalytics.of(List.of(
                timed(d, "2026-05-04T11:00", "2026-05-04T12:00"),
                timed(c, "2026-05-04T10:15", "2026-05-04T10:20"),
                timed(b, "2026-05-04T10:00", "2026-05-04T11:00"),
                timed(a, "2026-05-04T09:00", "2026-05-04T10:30")), range("2026-05-04", "2026-05-04"),
                ZoneId.of("UTC"));

        assertThat(view.overlaps()).extracting(o -> o.firstId() + ">" + o.secondId() + "@" + o.start() + "/" + o.minutes())
                .containsExactly(
                        a + ">" + b + "@" + at("2026-05-04T10:00", "UTC") + "/30",
                        a + ">" + c + "@" + at("2026-05-04T10:15", "UTC") + "/5",
                        b + ">" + c + "@" + at("2026-05-04T10:15", "UTC") + "/5");
    }

    @Test
    void listsAnOverlapOnlyWhenItBeginsInTheRange() {
        UUID a = UUID.fromString("00000000-0000-0000-0000-00000000000a");
        UUID b = UUID.fromString("00000000-0000-0000-0000-00000000000b");
        List<TimeFacts> entries = List.of(timed(a, "2026-05-03T22:00", "2026-05-04T02:00"),
                timed(b, "2026-05-03T23:00", "2026-05-04T01:00"));

        assertThat(TimeAnalytics.of(entries, range("2026-05-04", "2026-05-04"), ZoneId.of("UTC")).overlaps()).isEmpty();
        assertThat(TimeAnalytics.of(entries, range("2026-05-03", "2026-05-03"), ZoneId.of("UTC")).overlaps())
                .singleElement().satisfies(overlap -> assertThat(overlap.minutes()).isEqualTo(120));
    }
}
