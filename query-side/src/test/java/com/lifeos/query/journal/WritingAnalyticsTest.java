package com.lifeos.query.journal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.lifeos.api.journal.JournalAnalyticsView;
import com.lifeos.api.journal.JournalAnalyticsView.TagCount;
import com.lifeos.api.journal.JournalAnalyticsView.WeekCount;
import com.lifeos.api.shared.DateRange;
import com.lifeos.api.shared.UserCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class WritingAnalyticsTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private static EntryFacts entry(String date, int length, String... tags) {
        return new EntryFacts(LocalDate.parse(date), null, length, List.of(tags));
    }

    private static LocalDate day(String date) {
        return LocalDate.parse(date);
    }

    private static UserCalendar calendar(String today, DayOfWeek weekStart) {
        return new UserCalendar(TOKYO, day(today), weekStart);
    }

    @Test
    void anEmptyRangeHasEveryWeekAtZeroAndNoAverage() {
        DateRange range = new DateRange(day("2026-02-23"), day("2026-03-08"));

        JournalAnalyticsView view = WritingAnalytics.of(List.of(), List.of(), range,
                calendar("2026-03-08", DayOfWeek.MONDAY));

        assertThat(view.totalEntries()).isZero();
        assertThat(view.entriesPerWeek()).containsExactly(new WeekCount(day("2026-02-23"), 0),
                new WeekCount(day("2026-03-02"), 0));
        assertThat(view.averageLength()).isNull();
        assertThat(view.topTags()).isEmpty();
        assertThat(view.currentStreak()).isZero();
        assertThat(view.longestStreak()).isZero();
    }

    static Stream<Arguments> weeks() {
        List<EntryFacts> entries = List.of(entry("2026-12-26", 1), entry("2026-12-27", 1), entry("2026-12-31", 1),
                entry("2027-01-01", 1), entry("2027-01-03", 1));
        return Stream.of(
                Arguments.of(entries, DayOfWeek.MONDAY, List.of(
                        new WeekCount(day("2026-12-21"), 2), new WeekCount(day("2026-12-28"), 3))),
                Arguments.of(entries, DayOfWeek.SUNDAY, List.of(
                        new WeekCount(day("2026-12-20"), 1), new WeekCount(day("2026-12-27"), 3),
                        new WeekCount(day("2027-01-03"), 1))),
                Arguments.of(entries, DayOfWeek.SATURDAY, List.of(
                        new WeekCount(day("2026-12-26"), 4), new WeekCount(day("2027-01-02"), 1))));
    }

    @ParameterizedTest
    @MethodSource("weeks")
    void entriesPerWeekFollowTheUsersWeekStartAcrossTheYearEnd(List<EntryFacts> entries, DayOfWeek weekStart,
                                                              List<WeekCount> expected) {
        DateRange range = new DateRange(day("2026-12-26"), day("2027-01-03"));

        JournalAnalyticsView view = WritingAnalytics.of(entries, List.of(), range, calendar("2027-01-03", weekStart));

        assertThat(view.entriesPerWeek()).containsExactlyElementsOf(expected);
        assertThat(view.totalEntries()).isEqualTo(5);
    }

    @Test
    void entriesOutsideTheRangeCountInNothingButTheStreaks() {
        DateRange range = new DateRange(day("2026-03-02"), day("2026-03-08"));
        List<EntryFacts> entries = List.of(entry("2026-03-01", 1000, "old"), entry("2026-03-02", 10, "new"));

        JournalAnalyticsView view = WritingAnalytics.of(entries, List.of(day("2026-03-01"), day("2026-03-02")),
                range, calendar("2026-03-08", DayOfWeek.MONDAY));

        assertThat(view.totalEntries()).isEqualTo(1);
        assertThat(view.averageLength()).isEqualByComparingTo("10.0");
        assertThat(view.topTags()).containsExactly(new TagCount("new", 1));
        assertThat(view.longestStreak()).isEqualTo(2);
        assertThat(view.currentStreak()).isZero();
    }

    @Test
    void streaksRunOverTheWholeHistoryAndTheCurrentOneMayEndYesterday() {
        List<LocalDate> dates = List.of(day("2026-02-26"), day("2026-02-27"), day("2026-02-28"), day("2026-03-01"),
                day("2026-03-05"), day("2026-03-06"));

        JournalAnalyticsView view = WritingAnalytics.of(List.of(), dates, new DateRange(day("2026-03-07"),
                day("2026-03-07")), calendar("2026-03-07", DayOfWeek.MONDAY));

        assertThat(view.currentStreak()).isEqualTo(2);
        assertThat(view.longestStreak()).isEqualTo(4);
    }

    static Stream<Arguments> lengths() {
        return Stream.of(
                Arguments.of(List.of(10, 11, 11, 11), "10.8"), // 43 / 4 = 10.75: the half goes to the even 8
                Arguments.of(List.of(1, 2, 2, 2), "1.8"),      // 7 / 4 = 1.75
                Arguments.of(List.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2), "1.0"), // 1.05
                Arguments.of(List.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2), "1.2"), // 1.15
                Arguments.of(List.of(20_000, 1, 1), "6667.3"));
    }

    @ParameterizedTest
    @MethodSource("lengths")
    void averageLengthHasOnePlaceRoundedHalfEven(List<Integer> lengths, String expected) {
        DateRange range = new DateRange(day("2026-01-01"), day("2026-01-01"));
        List<EntryFacts> entries = lengths.stream().map(length -> entry("2026-01-01", length)).toList();

        JournalAnalyticsView view = WritingAnalytics.of(entries, List.of(), range,
                calendar("2026-01-01", DayOfWeek.MONDAY));

        assertThat(view.averageLength()).isEqualByComparingTo(expected);
        assertThat(view.averageLength().scale()).isEqualTo(1);
    }

    @Test
    void tagsAreCountedIgnoringCaseShownInTheirMostUsedSpellingAndTiesGoByName() {
        List<EntryFacts> entries = List.of(entry("2026-01-01", 1, "Work", "sport"), entry("2026-01-02", 1, "work"),
                entry("2026-01-03", 1, "work", "Books"), entry("2026-01-04", 1, "sport", "art"));

        assertThat(WritingAnalytics.topTags(entries)).containsExactly(new TagCount("work", 3),
                new TagCount("sport", 2), new TagCount("art", 1), new TagCount("Books", 1));
    }

    @Test
    void onlyTheTenMostUsedTagsAreShown() {
        List<EntryFacts> entries = IntStream.range(0, 12)
                .mapToObj(i -> i < 3 ? entry("2026-01-01", 1, "tag" + (char) ('a' + i), "shared")
                        : entry("2026-01-01", 1, "tag" + (char) ('a' + i)))
                .toList();

        List<TagCount> top = WritingAnalytics.topTags(entries);

        assertThat(top).hasSize(WritingAnalytics.TOP_TAGS);
        assertThat(top.getFirst()).isEqualTo(new TagCount("shared", 3));
        assertThat(top).extracting(TagCount::tag).containsExactly("shared", "taga", "tagb", "tagc", "tagd", "tage", "tagf",
                "tagg", "tagh", "tagi");
    }
}
