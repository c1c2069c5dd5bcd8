package com.lifeos.command.health;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.api.health.ChangeHealthMetricCommand;
import com.lifeos.api.health.DeleteHealthMetricCommand;
import com.lifeos.api.health.HealthMetricChangedEvent;
import com.lifeos.api.health.HealthMetricDeletedEvent;
import com.lifeos.api.health.HealthMetricRecordedEvent;
import com.lifeos.api.health.RecordHealthMetricCommand;
import com.lifeos.api.shared.SealedText;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class HealthMetricTest {

    private static final UUID METRIC = UUID.fromString("00000000-0000-0000-0000-0000000000f1");
    private static final UUID OWNER = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID STRANGER = UUID.fromString("00000000-0000-0000-0000-000000000002");
    private static final Instant NOW = Instant.parse("2026-03-14T12:00:00Z");
    private static final String TOKYO = "Asia/Tokyo";
    private static final String UTC = "UTC";
    private static final SealedText NOTES = new SealedText("v1.c2VhbGVkLW5vdGVz");
    private static final BigDecimal EIGHTY = new BigDecimal("80.00");

    private AggregateTestFixture<HealthMetric> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(HealthMetric.class);
    }

    private static RecordHealthMetricCommand record(String type, String value, String unit, Instant at, String zone) {
        return new RecordHealthMetricCommand(METRIC, OWNER, type, new BigDecimal(value), unit, at, zone, NOW, null);
    }

    private static HealthMetricRecordedEvent weighed() {
        return new HealthMetricRecordedEvent(METRIC, OWNER, "weight", EIGHTY, "kg", NOW.minusSeconds(3600),
                LocalDate.of(2026, 3, 14), UTC, NOTES);
    }

    private static ChangeHealthMetricCommand change(UUID caller, String type, String value, String unit,
                                                    Instant at, String zone) {
        return new ChangeHealthMetricCommand(METRIC, caller, type, value == null ? null : new BigDecimal(value), unit,
                at, zone, NOW, null, false);
    }

    @Test
    void recordingAMetricJudgesItsDayInTheOwnersZone() {
        fixture.givenNoPriorActivity()
                .when(new RecordHealthMetricCommand(METRIC, OWNER, " Weight ", new BigDecimal("80"), null,
                        NOW.minusSeconds(3600), UTC, NOW, NOTES))
                .expectEvents(weighed());
    }

    @Test
    void justAfterMidnightInTokyoIsTheNextDayThereThoughStillTheDayBeforeInUtc() {
        Instant halfPastMidnightTokyo = Instant.parse("2026-03-13T15:30:00Z");
        fixture.givenNoPriorActivity()
                .when(record("steps", "9000", null, halfPastMidnightTokyo, TOKYO))
                .expectEvents(new HealthMetricRecordedEvent(METRIC, OWNER, "steps", new BigDecimal("9000.00"),
                        "count", halfPastMidnightTokyo, LocalDate.of(2026, 3, 14), TOKYO, null));
    }

    @ParameterizedTest(name = "{0} is {1} in Berlin")
    @CsvSource({"2026-03-28T23:30:00Z, 2026-03-29", "2026-03-29T21:59:00Z, 2026-03-29",
            "2026-03-29T22:00:00Z, 2026-03-30", "2026-10-24T22:30:00Z, 2026-10-25",
            "2026-10-25T22:59:00Z, 2026-10-25", "2026-10-25T23:00:00Z, 2026-10-26"})
    void theDaysAroundTheDstChangesAreJudgedWithTheOffsetOfTheMoment(Instant at, LocalDate day) {
        Instant now = Instant.parse("2026-12-01T00:00:00Z");
        fixture.givenNoPriorActivity()
                .when(new RecordHealthMetricCommand(METRIC, OWNER, "sleep", new BigDecimal("7"), null, at,
                        "Europe/Berlin", now, null))
                .expectEvents(new HealthMetricRecordedEvent(METRIC, OWNER, "sleep", new BigDecimal("7.00"), "hours",
                        at, day, "Europe/Berlin", null));
    }

    @Test
    void aKnownUnitIsKeptAsTheCatalogSpellsIt() {
        fixture.givenNoPriorActivity()
                .when(record("blood_pressure_systolic", "120", "MMHG", NOW, UTC))
                .expectEvents(new HealthMetricRecordedEvent(METRIC, OWNER, "blood_pressure_systolic",
                        new BigDecimal("120.00"), "mmHg", NOW, LocalDate.of(2026, 3, 14), UTC, null));
    }

    @Test
    void aMetricCannotBeTakenInTheFuture() {
        fixture.givenNoPriorActivity()
                .when(record("weight", "80", "kg", NOW.plusSeconds(61), UTC))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void aDevicesClockMayBeAMinuteAhead() {
        fixture.givenNoPriorActivity()
                .when(record("weight", "80", "kg", NOW.plusSeconds(60), UTC))
                .expectSuccessfulHandlerExecution();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({"weight, 0.5, kg", "weight, 501, kg", "weight, 1101, lb", "sleep, 24.5, hours",
            "steps, 100.5, count", "steps, -1, count", "heart_rate, 19, bpm", "blood_pressure_diastolic, 161, mmHg",
            "water, 10001, ml", "mood, 11, score", "mood, 7.5, score"})
    void aKnownTypesValueMustBePlausible(String type, String value, String unit) {
        fixture.givenNoPriorActivity()
                .when(record(type, value, unit, NOW, UTC))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage(startsWith("value "))
                .expectNoEvents();
    }

    @Test
    void aKnownTypeMustUseItsOwnUnit() {
        fixture.givenNoPriorActivity()
                .when(record("weight", "80", "stone", NOW, UTC))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage(startsWith("unit "))
                .expectNoEvents();
    }

    @Test
    void anUnknownTypeTakesAnyValueAndUnit() {
        fixture.givenNoPriorActivity()
                .when(record("body_fat", "-3.25", "% points", NOW, UTC))
                .expectEvents(new HealthMetricRecordedEvent(METRIC, OWNER, "body_fat", new BigDecimal("-3.25"),
                        "% points", NOW, LocalDate.of(2026, 3, 14), UTC, null));
    }

    @Test
    void aValueHasAtMostTwoDecimals() {
        assertThatIllegalArgumentException().isThrownBy(() -> record("body_fat", "1.005", null, NOW, UTC))
                .withMessageContaining("value");
    }

    @Test
    void aMetricTypeIsLettersDigitsAndUnderscores() {
        assertThatIllegalArgumentException().isThrownBy(() -> record("body fat", "1", null, NOW, UTC))
                .withMessageContaining("metric_type");
    }

    @Test
    void changingTheValueKeepsTheDayItWasJudgedIn() {
        fixture.given(weighed())
                .when(change(OWNER, null, "79.5", null, null, TOKYO))
                .expectEvents(new HealthMetricChangedEvent(METRIC, OWNER, "weight", new BigDecimal("79.50"), "kg",
                        NOW.minusSeconds(3600), LocalDate.of(2026, 3, 14), UTC, NOTES));
    }

    @Test
    void changingTheTimeJudgesTheDayAgainInTheOwnersZoneNow() {
        fixture.given(weighed())
                .when(change(OWNER, null, null, null, Instant.parse("2026-03-13T14:00:00Z"), TOKYO))
                .expectEvents(new HealthMetricChangedEvent(METRIC, OWNER, "weight", EIGHTY, "kg",
                        Instant.parse("2026-03-13T14:00:00Z"), LocalDate.of(2026, 3, 13), TOKYO, NOTES));
        fixture.given(weighed())
                .when(change(OWNER, null, null, null, Instant.parse("2026-03-13T15:00:00Z"), TOKYO))
                .expectEvents(new HealthMetricChangedEvent(METRIC, OWNER, "weight", EIGHTY, "kg",
                        Instant.parse("2026-03-13T15:00:00Z"), LocalDate.of(2026, 3, 14), TOKYO, NOTES));
    }

    @Test
    void aChangeCannotMoveTheReadingIntoTheFuture() {
        fixture.given(weighed())
                .when(change(OWNER, null, null, null, NOW.plusSeconds(3600), UTC))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void changingToPoundsChecksThePoundRange() {
        fixture.given(weighed())
                .when(change(OWNER, null, "176.37", "lb", null, UTC))
                .expectEvents(new HealthMetricChangedEvent(METRIC, OWNER, "weight", new BigDecimal("176.37"), "lb",
                        NOW.minusSeconds(3600), LocalDate.of(2026, 3, 14), UTC, NOTES));
        fixture.given(weighed())
                .when(change(OWNER, null, "1200", "lb", null, UTC))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void changingTheTypeTakesTheNewTypesDefaultUnitWhenTheOldOneDoesNotFit() {
        fixture.given(weighed())
                .when(change(OWNER, "heart_rate", "62", null, null, UTC))
                .expectEvents(new HealthMetricChangedEvent(METRIC, OWNER, "heart_rate", new BigDecimal("62.00"),
                        "bpm", NOW.minusSeconds(3600), LocalDate.of(2026, 3, 14), UTC, NOTES));
    }

    @Test
    void changingTheTypeAloneChecksTheValueAgainstTheNewType() {
        fixture.given(weighed())
                .when(change(OWNER, "mood", null, null, null, UTC))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void notesCanBeCleared() {
        fixture.given(weighed())
                .when(new ChangeHealthMetricCommand(METRIC, OWNER, null, null, null, null, UTC, NOW, null, true))
                .expectEvents(new HealthMetricChangedEvent(METRIC, OWNER, "weight", EIGHTY, "kg",
                        NOW.minusSeconds(3600), LocalDate.of(2026, 3, 14), UTC, null));
    }

    @Test
    void aChangeThatChangesNothingRecordsNothing() {
        fixture.given(weighed())
                .when(change(OWNER, "WEIGHT", "80", "KG", NOW.minusSeconds(3600), TOKYO))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cannotChangeAnotherUsersMetric() {
        fixture.given(weighed())
                .when(change(STRANGER, null, "70", null, null, UTC))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void cannotDeleteAnotherUsersMetric() {
        fixture.given(weighed())
                .when(new DeleteHealthMetricCommand(METRIC, STRANGER))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void deletingAMetricKeepsItsHistoryAndEndsIt() {
        fixture.given(weighed())
                .when(new DeleteHealthMetricCommand(METRIC, OWNER))
                .expectEvents(new HealthMetricDeletedEvent(METRIC, OWNER))
                .expectMarkedDeleted();
    }

    @Test
    void timesAreKeptToTheMicrosecondTheDatabaseKeeps() {
        RecordHealthMetricCommand command = record("weight", "80", null, Instant.parse("2026-03-14T10:00:00.123456789Z"),
                UTC);
        assertThat(command.recordedAt()).isEqualTo(Instant.parse("2026-03-14T10:00:00.123456Z"));
    }
}
