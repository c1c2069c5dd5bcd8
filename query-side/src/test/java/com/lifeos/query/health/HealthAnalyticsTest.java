package com.lifeos.query.health;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import com.lifeos.api.health.HealthAnalyticsView.PerMetric;
import com.lifeos.api.health.HealthAnalyticsView.Reading;
import com.lifeos.api.health.PersonalBest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class HealthAnalyticsTest {

    private static final LocalDate MONTH_END = LocalDate.parse("2026-03-31");

    private static Reading on(String date, String value) {
        return at(date, 8, value);
    }

    private static Reading at(String date, int hour, String value) {
        LocalDate day = LocalDate.parse(date);
        return new Reading(new BigDecimal(value), day.atTime(hour, 0).toInstant(ZoneOffset.UTC), day);
    }

    private static Reading shown(Reading reading) {
        return new Reading(reading.value().setScale(2), reading.recordedAt(), reading.recordedOn());
    }

    @Test
    void windowsAreLocalDaysEndingToday() {
        List<Reading> steps = List.of(on("2026-03-31", "10000"), on("2026-03-25", "8000"), on("2026-03-24", "6000"),
                on("2026-03-02", "4000"), on("2026-03-01", "12000"), on("2026-02-28", "2000"));

        PerMetric summary = HealthAnalytics.of("steps", "count", steps, MONTH_END);

        assertThat(summary.readings()).isEqualTo(6);
        assertThat(summary.latest()).isEqualTo(shown(steps.get(0)));
        assertThat(summary.sevenDayAverage()).isEqualTo(new BigDecimal("9000.00"));
        assertThat(summary.thirtyDayAverage()).isEqualTo(new BigDecimal("7000.00"));
        assertThat(summary.daysLoggedLastThirty()).isEqualTo(4);
        assertThat(summary.personalBestIs()).isEqualTo(PersonalBest.HIGHEST);
        assertThat(summary.personalBest()).isEqualTo(shown(steps.get(4)));
        assertThat(summary.lowest()).isEqualTo(shown(steps.get(5)));
        assertThat(summary.highest()).isEqualTo(shown(steps.get(4)));
    }

    @Test
    void theSevenDayWindowReachesBackOverTheYearEnd() {
        PerMetric summary = HealthAnalytics.of("water", "ml", List.of(on("2025-12-28", "1000"),
                on("2025-12-27", "3000"), on("2026-01-03", "2000")), LocalDate.parse("2026-01-03"));

        assertThat(summary.sevenDayAverage()).isEqualTo(new BigDecimal("1500.00"));
        assertThat(summary.thirtyDayAverage()).isEqualTo(new BigDecimal("2000.00"));
        assertThat(summary.daysLoggedLastThirty()).isEqualTo(3);
    }

    @Test
    void severalReadingsOnOneDayAreOneDayLogged() {
        PerMetric summary = HealthAnalytics.of("water", "ml", List.of(at("2026-03-30", 8, "250"),
                at("2026-03-30", 12, "500"), at("2026-03-30", 18, "300")), MONTH_END);

        assertThat(summary.daysLoggedLastThirty()).isEqualTo(1);
        assertThat(summary.sevenDayAverage()).isEqualTo(new BigDecimal("350.00"));
        assertThat(summary.latest().value()).isEqualTo(new BigDecimal("300.00"));
    }

    @Test
    void withoutRecentReadingsTheAveragesAreNull() {
        PerMetric summary = HealthAnalytics.of("mood", "score", List.of(on("2026-01-01", "7")), MONTH_END);

        assertThat(summary.sevenDayAverage()).isNull();
        assertThat(summary.thirtyDayAverage()).isNull();
        assertThat(summary.daysLoggedLastThirty()).isZero();
        assertThat(summary.latest().value()).isEqualTo(new BigDecimal("7.00"));
    }

    @ParameterizedTest(name = "{0}: best is the {1}")
    @CsvSource(nullValues = "none", textBlock = """
            steps,                    HIGHEST, 90
            sleep,                    HIGHEST, 90
            mood,                     HIGHEST, 90
            meditation,               HIGHEST, 90
            heart_rate,               LOWEST,  50
            weight,                   NONE,    none
            blood_pressure_systolic,  NONE,    none
            blood_pressure_diastolic, NONE,    none
            """)
    void theBestEndDependsOnTheType(String type, PersonalBest rule, String best) {
        PerMetric summary = HealthAnalytics.of(type, null, List.of(on("2026-03-10", "70"), on("2026-03-11", "50"),
                on("2026-03-12", "90")), MONTH_END);

        assertThat(summary.personalBestIs()).isEqualTo(rule);
        assertThat(summary.personalBest() == null ? null : summary.personalBest().value())
                .isEqualTo(best == null ? null : new BigDecimal(best).setScale(2));
        assertThat(summary.lowest().value()).isEqualTo(new BigDecimal("50.00"));
        assertThat(summary.highest().value()).isEqualTo(new BigDecimal("90.00"));
    }

    @Test
    void aTiedBestIsTheFirstTimeItWasReached() {
        Reading first = on("2026-03-10", "12000");
        PerMetric summary = HealthAnalytics.of("steps", "count", List.of(on("2026-03-20", "12000"), first,
                on("2026-03-15", "9000")), MONTH_END);

        assertThat(summary.personalBest()).isEqualTo(shown(first));
        assertThat(HealthAnalytics.of("heart_rate", "bpm", List.of(on("2026-03-20", "55"), on("2026-03-12", "55")),
                MONTH_END).personalBest().recordedOn()).isEqualTo(LocalDate.parse("2026-03-12"));
    }

    @Test
    void aReadingDatedAfterTodayCountsAsLatestButInNoWindow() {
        Reading aheadOfToday = new Reading(new BigDecimal("81"), Instant.parse("2026-03-31T20:00:00Z"),
                LocalDate.parse("2026-04-01"));
        PerMetric summary = HealthAnalytics.of("weight", "kg", List.of(on("2026-03-31", "80"), aheadOfToday),
                MONTH_END);

        assertThat(summary.latest()).isEqualTo(shown(aheadOfToday));
        assertThat(summary.sevenDayAverage()).isEqualTo(new BigDecimal("80.00"));
        assertThat(summary.daysLoggedLastThirty()).isEqualTo(1);
    }

    @Test
    void convertedValuesAreShownToTwoDecimals() {
        PerMetric summary = HealthAnalytics.of("weight", "kg", List.of(new Reading(new BigDecimal("45.35923700"),
                Instant.parse("2026-03-31T07:00:00Z"), MONTH_END)), MONTH_END);

        assertThat(summary.latest().value()).isEqualTo(new BigDecimal("45.36"));
        assertThat(summary.lowest().value()).isEqualTo(new BigDecimal("45.36"));
        assertThat(summary.sevenDayAverage()).isEqualTo(new BigDecimal("45.36"));
    }

    @Test
    void aSeriesWithoutReadingsIsAMistake() {
        assertThatIllegalArgumentException().isThrownBy(() -> HealthAnalytics.of("steps", "count", List.of(),
                MONTH_END));
    }
}
