package com.lifeos.query.journal;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import com.lifeos.api.journal.JournalMood;
import com.lifeos.api.journal.JournalMoodTrendsView;
import com.lifeos.api.journal.JournalMoodTrendsView.MoodCounts;
import com.lifeos.api.journal.JournalMoodTrendsView.Point;
import com.lifeos.api.shared.Bucket;
import com.lifeos.api.shared.DateRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.lifeos.api.journal.JournalMood.AWFUL;
import static com.lifeos.api.journal.JournalMood.BAD;
import static com.lifeos.api.journal.JournalMood.GOOD;
import static com.lifeos.api.journal.JournalMood.GREAT;
import static com.lifeos.api.journal.JournalMood.OKAY;
import static org.assertj.core.api.Assertions.assertThat;

class MoodTrendsTest {

    private static final MoodCounts NONE = new MoodCounts(0, 0, 0, 0, 0);

    private static EntryFacts entry(String date, JournalMood mood) {
        return new EntryFacts(LocalDate.parse(date), mood, 10, List.of());
    }

    private static DateRange range(String from, String to) {
        return new DateRange(LocalDate.parse(from), LocalDate.parse(to));
    }

    static Stream<Arguments> buckets() {
        return Stream.of(
                // Weeks starting Monday: 2026-12-28 (Mon) holds the year end and the new year's first days.
                Arguments.of(range("2026-12-24", "2027-01-05"), Bucket.WEEK, DayOfWeek.MONDAY,
                        List.of("2026-12-24..2026-12-27", "2026-12-28..2027-01-03", "2027-01-04..2027-01-05")),
                // The same dates, weeks starting Sunday.
                Arguments.of(range("2026-12-24", "2027-01-05"), Bucket.WEEK, DayOfWeek.SUNDAY,
                        List.of("2026-12-24..2026-12-26", "2026-12-27..2027-01-02", "2027-01-03..2027-01-05")),
                // Months across a year end and a leap February.
                Arguments.of(range("2027-12-15", "2028-03-01"), Bucket.MONTH, DayOfWeek.MONDAY,
                        List.of("2027-12-15..2027-12-31", "2028-01-01..2028-01-31", "2028-02-01..2028-02-29",
                                "2028-03-01..2028-03-01")),
                // A single day is one point.
                Arguments.of(range("2026-03-29", "2026-03-29"), Bucket.DAY, DayOfWeek.MONDAY,
                        List.of("2026-03-29..2026-03-29")),
                // Days across the European DST change (29 March 2026) are still one point each.
                Arguments.of(range("2026-03-28", "2026-03-30"), Bucket.DAY, DayOfWeek.MONDAY,
                        List.of("2026-03-28..2026-03-28", "2026-03-29..2026-03-29", "2026-03-30..2026-03-30")));
    }

    @ParameterizedTest
    @MethodSource("buckets")
    void everyBucketOfTheRangeIsPresentAndCutToTheRange(DateRange range, Bucket bucket, DayOfWeek weekStart,
                                                       List<String> expected) {
        JournalMoodTrendsView view = MoodTrends.of(List.of(), range, bucket, weekStart);

        assertThat(view.points()).extracting(point -> point.start() + ".." + point.end())
                .containsExactlyElementsOf(expected);
        assertThat(view.points()).allSatisfy(point -> {
            assertThat(point.entries()).isZero();
            assertThat(point.averageMood()).isNull();
            assertThat(point.moods()).isEqualTo(NONE);
        });
    }

    @Test
    void averageCountsOnlyEntriesWithAMoodButEntriesCountsThemAll() {
        JournalMoodTrendsView view = MoodTrends.of(List.of(
                        entry("2026-03-02", GREAT), entry("2026-03-03", BAD), entry("2026-03-03", null),
                        entry("2026-03-04", GOOD)),
                range("2026-03-02", "2026-03-08"), Bucket.WEEK, DayOfWeek.MONDAY);

        assertThat(view.points()).containsExactly(new Point(LocalDate.parse("2026-03-02"),
                LocalDate.parse("2026-03-08"), 4, new BigDecimal("3.67"), new MoodCounts(0, 1, 0, 1, 1)));
    }

    @Test
    void averagesRoundHalfEvenToTwoPlaces() {
        // 1 + 2 + 2 + 2 + 3 + 3 + 4 + 4 = 21 over 8 = 2.625, which rounds to the even 2.62.
        List<EntryFacts> entries = Stream.of(AWFUL, BAD, BAD, BAD, OKAY, OKAY, GOOD, GOOD)
                .map(mood -> entry("2026-05-01", mood)).toList();

        JournalMoodTrendsView view = MoodTrends.of(entries, range("2026-05-01", "2026-05-31"), Bucket.MONTH,
                DayOfWeek.MONDAY);

        assertThat(view.points().getFirst().averageMood()).isEqualByComparingTo("2.62");
        assertThat(view.points().getFirst().averageMood().scale()).isEqualTo(2);
        assertThat(view.points().getFirst().moods()).isEqualTo(new MoodCounts(1, 3, 2, 2, 0));
    }

    @Test
    void aBucketWithOnlyMoodlessEntriesHasNoAverage() {
        JournalMoodTrendsView view = MoodTrends.of(List.of(entry("2026-01-31", null)),
                range("2026-01-31", "2026-02-01"), Bucket.DAY, DayOfWeek.MONDAY);

        assertThat(view.points()).containsExactly(
                new Point(LocalDate.parse("2026-01-31"), LocalDate.parse("2026-01-31"), 1, null, NONE),
                new Point(LocalDate.parse("2026-02-01"), LocalDate.parse("2026-02-01"), 0, null, NONE));
    }

    @Test
    void entriesOutsideTheRangeAreNotCountedInTheCutBuckets() {
        JournalMoodTrendsView view = MoodTrends.of(List.of(entry("2026-02-27", AWFUL), entry("2026-03-01", GREAT)),
                range("2026-02-28", "2026-03-01"), Bucket.MONTH, DayOfWeek.MONDAY);

        assertThat(view.points()).extracting(Point::entries).containsExactly(0, 1);
        assertThat(view.points().get(1).averageMood()).isEqualByComparingTo("5.00");
    }

    @Test
    void moodsScoreFromOneToFive() {
        assertThat(Stream.of(JournalMood.values()).map(MoodTrends::score)).containsExactly(1, 2, 3, 4, 5);
    }
}
