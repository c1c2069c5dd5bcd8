package com.lifeos.query.insight;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.lifeos.api.health.HealthTrendsView;
import com.lifeos.api.journal.JournalMoodTrendsView;
import com.lifeos.api.learning.LearningAnalyticsView;
import com.lifeos.api.shared.Bucket;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrendsTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    @ParameterizedTest(name = "{0} -> {1}: {2} ({3}%)")
    @CsvSource(nullValues = "null", value = {
            "8.0, 6.0, down, -25.0",
            "6.0, 8.0, up, 33.3",
            "100, 105, flat, 5.0",
            "100, 94.9, down, -5.1",
            "0, 30, up, null",
            "0, 0, flat, null"})
    void aChangeBeyondFivePercentIsADirection(String from, String to, String direction, String percent) {
        LifeSummary.Trend trend = Trends.of("health", "x", new BigDecimal(from), new BigDecimal(to), "p").orElseThrow();

        assertThat(trend.direction()).isEqualTo(direction);
        assertThat(trend.changePercent()).isEqualTo(percent == null ? null : new BigDecimal(percent));
    }

    @Test
    void aHealthTrendComparesTheFirstAndLastWeeksWithReadings() {
        HealthTrendsView view = new HealthTrendsView("sleep", "hours", Bucket.WEEK, MONDAY, MONDAY.plusDays(27),
                List.of(point(0, null), point(1, "7.80"), point(2, null), point(3, "6.50")), null);

        assertThat(Trends.health(view)).get().satisfies(trend -> {
            assertThat(trend.measure()).isEqualTo("sleep (hours)");
            assertThat(trend.from()).isEqualByComparingTo("7.8");
            assertThat(trend.to()).isEqualByComparingTo("6.5");
            assertThat(trend.direction()).isEqualTo("down");
        });
        assertThat(Trends.health(new HealthTrendsView("sleep", "hours", Bucket.WEEK, MONDAY, MONDAY.plusDays(27),
                List.of(point(0, "7"), point(1, null)), null))).isEmpty();
    }

    @Test
    void aMoodTrendUsesTheWeeksWithAMood() {
        JournalMoodTrendsView view = new JournalMoodTrendsView(MONDAY, MONDAY.plusDays(20), List.of(
                mood(0, "4.50"), mood(1, null), mood(2, "3.00")));

        assertThat(Trends.mood(view)).get().satisfies(trend -> {
            assertThat(trend.area()).isEqualTo("journal");
            assertThat(trend.direction()).isEqualTo("down");
            assertThat(trend.changePercent()).isEqualByComparingTo("-33.3");
        });
    }

    @Test
    void learningComparesTheLast14DaysWithThe14Before() {
        LocalDate today = MONDAY.plusWeeks(5);
        LearningAnalyticsView before = learned(today.minusDays(27), today.minusDays(14), 120);
        LearningAnalyticsView recent = learned(today.minusDays(13), today, 300);

        assertThat(Trends.learning(before, recent)).get().satisfies(trend -> {
            assertThat(trend.from()).isEqualByComparingTo("120");
            assertThat(trend.to()).isEqualByComparingTo("300");
            assertThat(trend.direction()).isEqualTo("up");
            assertThat(trend.period()).isEqualTo("%s..%s against %s..%s".formatted(today.minusDays(13), today,
                    today.minusDays(27), today.minusDays(14)));
        });
        assertThat(Trends.learning(learned(today.minusDays(27), today.minusDays(14), 0),
                learned(today.minusDays(13), today, 0))).isEmpty();
    }

    @Test
    void learningDoneOnlyTodayIsAnUpwardTrend() {
        LocalDate today = MONDAY.plusWeeks(5);

        assertThat(Trends.learning(learned(today.minusDays(27), today.minusDays(14), 0),
                learned(today, today, 75))).get().satisfies(trend -> {
                    assertThat(trend.to()).isEqualByComparingTo("75");
                    assertThat(trend.direction()).isEqualTo("up");
                });
    }

    private static LearningAnalyticsView learned(LocalDate from, LocalDate to, long minutes) {
        return new LearningAnalyticsView(from, to, minutes, minutes == 0 ? 0 : 1, null, 0, 0, List.of(), List.of());
    }

    private static HealthTrendsView.Point point(int week, String average) {
        BigDecimal value = average == null ? null : new BigDecimal(average);
        return new HealthTrendsView.Point(MONDAY.plusWeeks(week), MONDAY.plusWeeks(week).plusDays(6),
                value == null ? 0 : 1, value, value, value, value);
    }

    private static JournalMoodTrendsView.Point mood(int week, String average) {
        return new JournalMoodTrendsView.Point(MONDAY.plusWeeks(week), MONDAY.plusWeeks(week).plusDays(6), 1,
                average == null ? null : new BigDecimal(average),
                new JournalMoodTrendsView.MoodCounts(0, 0, 0, 0, 0));
    }
}
