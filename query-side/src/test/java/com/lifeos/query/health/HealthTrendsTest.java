package com.lifeos.query.health;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.lifeos.api.health.HealthAnalyticsView.Reading;
import com.lifeos.api.health.HealthTrendsView;
import com.lifeos.api.health.HealthTrendsView.Point;
import com.lifeos.api.shared.Bucket;
import com.lifeos.api.shared.DateRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HealthTrendsTest {

    private static Reading on(String date, String value) {
        LocalDate day = LocalDate.parse(date);
        return new Reading(new BigDecimal(value), day.atTime(8, 0).toInstant(ZoneOffset.UTC), day);
    }

    private static DateRange range(String from, String to) {
        return new DateRange(LocalDate.parse(from), LocalDate.parse(to));
    }

    private static HealthTrendsView trend(List<Reading> readings, DateRange range, Bucket bucket) {
        return HealthTrends.of("weight", "kg", readings, range, bucket, DayOfWeek.MONDAY);
    }

    private static Point point(String start, String end, int count, String min, String max, String average,
                               String moving) {
        return new Point(LocalDate.parse(start), LocalDate.parse(end), count, decimal(min), decimal(max),
                decimal(average), decimal(moving));
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    @Test
    void aDayWithoutReadingsIsStillOnTheAxisWithNoStatistics() {
        HealthTrendsView view = trend(List.of(on("2026-03-01", "80"), on("2026-03-01", "81"),
                on("2026-03-03", "79")), range("2026-03-01", "2026-03-03"), Bucket.DAY);

        assertThat(view.points()).containsExactly(
                point("2026-03-01", "2026-03-01", 2, "80.00", "81.00", "80.50", "80.50"),
                point("2026-03-02", "2026-03-02", 0, null, null, null, "80.50"),
                point("2026-03-03", "2026-03-03", 1, "79.00", "79.00", "79.00", "79.75"));
        assertThat(view.change()).isEqualTo(new HealthTrendsView.Change(LocalDate.parse("2026-03-01"),
                LocalDate.parse("2026-03-03"), new BigDecimal("-1.50"), new BigDecimal("-1.9")));
        assertThat(view.unit()).isEqualTo("kg");
        assertThat(view.from()).isEqualTo(LocalDate.parse("2026-03-01"));
    }

    @Test
    void anEmptyRangeHasEveryBucketEmptyAndNoChange() {
        HealthTrendsView view = trend(List.of(), range("2026-02-27", "2026-03-02"), Bucket.DAY);

        assertThat(view.points()).hasSize(4).allSatisfy(point -> {
            assertThat(point.count()).isZero();
            assertThat(point.average()).isNull();
            assertThat(point.movingAverage()).isNull();
        });
        assertThat(view.change()).isNull();
    }

    @Test
    void oneBucketWithReadingsHasNoChange() {
        assertThat(trend(List.of(on("2026-03-02", "70")), range("2026-03-01", "2026-03-03"), Bucket.DAY).change())
                .isNull();
    }

    @Test
    void weeksRunAcrossTheYearEndFromTheUsersWeekStart() {
        HealthTrendsView view = trend(List.of(on("2025-12-31", "10"), on("2026-01-02", "20"),
                on("2026-01-05", "30")), range("2025-12-29", "2026-01-11"), Bucket.WEEK);

        assertThat(view.points()).containsExactly(
                point("2025-12-29", "2026-01-04", 2, "10.00", "20.00", "15.00", "15.00"),
                point("2026-01-05", "2026-01-11", 1, "30.00", "30.00", "30.00", "22.50"));
        assertThat(view.change().absolute()).isEqualTo(new BigDecimal("15.00"));
        assertThat(view.change().percent()).isEqualTo(new BigDecimal("100.0"));
    }

    @Test
    void weeksMayStartOnSunday() {
        HealthTrendsView view = HealthTrends.of("steps", "count", List.of(on("2026-03-01", "100")),
                range("2026-03-01", "2026-03-07"), Bucket.WEEK, DayOfWeek.SUNDAY);

        assertThat(view.points()).extracting(Point::start).containsExactly(LocalDate.parse("2026-03-01"));
    }

    @Test
    void monthsCountOnlyTheReadingsInsideTheRange() {
        HealthTrendsView view = trend(List.of(on("2026-01-10", "1"), on("2026-01-20", "5"), on("2026-02-28", "7"),
                on("2026-03-10", "9"), on("2026-03-11", "100")), range("2026-01-15", "2026-03-10"), Bucket.MONTH);

        assertThat(view.points()).containsExactly(
                point("2026-01-01", "2026-01-31", 1, "5.00", "5.00", "5.00", "5.00"),
                point("2026-02-01", "2026-02-28", 1, "7.00", "7.00", "7.00", "6.00"),
                point("2026-03-01", "2026-03-31", 1, "9.00", "9.00", "9.00", "7.00"));
        assertThat(view.change().percent()).isEqualTo(new BigDecimal("80.0"));
    }

    @Test
    void aLeapFebruaryEndsOnThe29th() {
        HealthTrendsView view = trend(List.of(on("2024-02-29", "3")), range("2024-02-01", "2024-02-29"),
                Bucket.MONTH);

        assertThat(view.points()).containsExactly(point("2024-02-01", "2024-02-29", 1, "3.00", "3.00", "3.00",
                "3.00"));
    }

    @Test
    void theMovingAverageLooksBackSevenBucketsAtMost() {
        List<Reading> readings = new ArrayList<>();
        for (int day = 1; day <= 9; day++) {
            readings.add(on("2026-03-0" + day, String.valueOf(day)));
        }
        List<Point> points = trend(readings, range("2026-03-01", "2026-03-09"), Bucket.DAY).points();

        assertThat(points).extracting(Point::movingAverage).containsExactly(new BigDecimal("1.00"),
                new BigDecimal("1.50"), new BigDecimal("2.00"), new BigDecimal("2.50"), new BigDecimal("3.00"),
                new BigDecimal("3.50"), new BigDecimal("4.00"), new BigDecimal("5.00"), new BigDecimal("6.00"));
    }

    @Test
    void theMovingAverageIsNullOnceSevenBucketsHaveHadNoReadings() {
        List<Point> points = trend(List.of(on("2026-03-01", "4")), range("2026-03-01", "2026-03-09"), Bucket.DAY)
                .points();

        assertThat(points.get(6).movingAverage()).isEqualTo(new BigDecimal("4.00"));
        assertThat(points.get(7).movingAverage()).isNull();
    }

    @Test
    void aChangeFromZeroHasNoPercent() {
        HealthTrendsView view = trend(List.of(on("2026-03-01", "0"), on("2026-03-02", "5")),
                range("2026-03-01", "2026-03-02"), Bucket.DAY);

        assertThat(view.change().absolute()).isEqualTo(new BigDecimal("5.00"));
        assertThat(view.change().percent()).isNull();
    }

    @Test
    void aReadingTakenAroundTheDstChangeCountsOnTheDayItWasJudgedIn() {
        Reading springForward = new Reading(new BigDecimal("7"), Instant.parse("2026-03-29T00:30:00Z"),
                LocalDate.parse("2026-03-29"));
        HealthTrendsView view = trend(List.of(springForward), range("2026-03-28", "2026-03-30"), Bucket.DAY);

        assertThat(view.points()).extracting(Point::count).containsExactly(0, 1, 0);
    }

    @Test
    void averagesOfConvertedPoundsAreRoundedOnlyInTheAnswer() {
        HealthTrendsView view = trend(List.of(new Reading(new BigDecimal("45.35923700"),
                Instant.parse("2026-03-01T08:00:00Z"), LocalDate.parse("2026-03-01"))),
                range("2026-03-01", "2026-03-01"), Bucket.DAY);

        assertThat(view.points().getFirst().min()).isEqualTo(new BigDecimal("45.36"));
        assertThat(view.points().getFirst().average()).isEqualTo(new BigDecimal("45.36"));
    }
}
