package com.lifeos.query.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;

import com.lifeos.api.shared.Bucket;
import com.lifeos.api.shared.DateRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BucketsTest {

    @ParameterizedTest(name = "{0} in a {1} bucket (weeks from {2}) starts {3}")
    @CsvSource(textBlock = """
            2026-11-25, DAY,   MONDAY, 2026-11-25
            2026-11-25, WEEK,  MONDAY, 2026-11-23
            2026-11-25, WEEK,  SUNDAY, 2026-11-22
            2026-11-22, WEEK,  SUNDAY, 2026-11-22
            2026-01-01, WEEK,  MONDAY, 2025-12-29
            2026-11-30, MONTH, MONDAY, 2026-11-01
            2024-02-29, MONTH, MONDAY, 2024-02-01
            """)
    void aDateFallsInTheBucketThatContainsIt(LocalDate date, Bucket bucket, DayOfWeek weekStart, LocalDate start) {
        assertThat(Buckets.startOf(date, bucket, weekStart)).isEqualTo(start);
    }

    @ParameterizedTest(name = "a {1} bucket starting {0} ends {2}")
    @CsvSource(textBlock = """
            2026-11-25, DAY,   2026-11-25
            2026-12-28, WEEK,  2027-01-03
            2024-02-01, MONTH, 2024-02-29
            2026-12-01, MONTH, 2026-12-31
            """)
    void aBucketEndsOnItsLastDay(LocalDate start, Bucket bucket, LocalDate end) {
        assertThat(Buckets.endOf(start, bucket)).isEqualTo(end);
    }

    @Test
    void monthsAcrossAYearEndAreEachListedOnce() {
        DateRange range = new DateRange(LocalDate.of(2025, 11, 15), LocalDate.of(2026, 2, 1));

        assertThat(Buckets.starts(range, Bucket.MONTH, DayOfWeek.MONDAY)).containsExactly(
                LocalDate.of(2025, 11, 1), LocalDate.of(2025, 12, 1), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 2, 1));
    }

    @Test
    void weeksStartBeforeTheRangeWhenItBeginsMidWeek() {
        DateRange range = new DateRange(LocalDate.of(2026, 11, 25), LocalDate.of(2026, 12, 7));

        assertThat(Buckets.starts(range, Bucket.WEEK, DayOfWeek.MONDAY)).containsExactly(
                LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 7));
    }

    @Test
    void aOneDayRangeHasOneBucketOfEachWidth() {
        DateRange range = new DateRange(LocalDate.of(2026, 3, 29), LocalDate.of(2026, 3, 29));

        for (Bucket bucket : Bucket.values()) {
            assertThat(Buckets.starts(range, bucket, DayOfWeek.MONDAY)).hasSize(1);
        }
    }
}
