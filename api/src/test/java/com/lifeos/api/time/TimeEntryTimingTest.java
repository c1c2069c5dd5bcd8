package com.lifeos.api.time;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TimeEntryTimingTest {

    private static final Instant NINE = Instant.parse("2026-05-04T09:00:00Z");
    private static final Instant TEN_THIRTY = Instant.parse("2026-05-04T10:30:00Z");

    private static Instant instant(String value) {
        return value == null ? null : Instant.parse(value);
    }

    @ParameterizedTest(name = "{0} to {1} = {2} minutes")
    @CsvSource({
            "2026-05-04T09:00:00Z, 2026-05-04T09:01:00Z, 1",
            "2026-05-04T09:00:00Z, 2026-05-04T10:30:59.999Z, 90",
            "2026-05-04T23:30:00Z, 2026-05-05T00:15:00Z, 45",
            "2026-12-31T23:00:00Z, 2027-01-01T23:00:00Z, 1440"})
    void theDurationIsTheWholeMinutesBetweenStartAndEndRoundedDown(String start, String end, int minutes) {
        assertThat(TimeEntryTiming.of(instant(start), instant(end), null).durationMinutes()).isEqualTo(minutes);
        assertThat(TimeEntryTiming.check(instant(start), instant(end), minutes)).isEmpty();
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(nullValues = "-", value = {
            "-,                    -,                    -,    duration_minutes",
            "-,                    -,                    0,    duration_minutes",
            "-,                    -,                    1441, duration_minutes",
            "2026-05-04T09:00:00Z, -,                    -,    end_time",
            "-,                    2026-05-04T09:00:00Z, -,    start_time",
            "2026-05-04T09:00:00Z, 2026-05-04T09:00:00Z, -,    end_time",
            "2026-05-04T09:00:00Z, 2026-05-04T09:00:59Z, -,    end_time",
            "2026-05-04T09:00:00Z, 2026-05-05T09:00:01Z, -,    end_time",
            "2026-05-04T09:00:00Z, 2026-05-04T10:30:00Z, 91,   duration_minutes"})
    void namesTheFieldThatIsWrong(String start, String end, Integer duration, String field) {
        assertThat(TimeEntryTiming.check(instant(start), instant(end), duration))
                .hasValueSatisfying(problem -> assertThat(problem.field()).isEqualTo(field));
    }

    @Test
    void aDurationAloneCannotReplaceTheDurationOfAnEntryWithTimes() {
        TimeEntryTiming timed = TimeEntryTiming.of(NINE, TEN_THIRTY, null);

        assertThat(timed.checkChange(null, null, 60, false)).hasValueSatisfying(problem ->
                assertThat(problem.field()).isEqualTo("duration_minutes"));
        assertThat(timed.changed(null, null, 90, false)).isEqualTo(timed);
        assertThat(timed.changed(null, null, 60, true)).isEqualTo(TimeEntryTiming.of(null, null, 60));
        assertThat(timed.changed(null, null, null, true)).isEqualTo(TimeEntryTiming.of(null, null, 90));
    }

    @Test
    void aNewStartOrEndKeepsTheOtherAndDerivesTheDurationAgain() {
        TimeEntryTiming timed = TimeEntryTiming.of(NINE, TEN_THIRTY, null);

        assertThat(timed.changed(NINE.plusSeconds(1800), null, null, false).durationMinutes()).isEqualTo(60);
        assertThat(timed.changed(null, TEN_THIRTY.plusSeconds(600), 100, false).durationMinutes()).isEqualTo(100);
        assertThatIllegalArgumentException().isThrownBy(() -> timed.changed(null, NINE, null, false))
                .withMessage("end_time must be after start_time");
    }

    @Test
    void anEntryWithoutTimesGetsTimesOnlyWithBoth() {
        TimeEntryTiming alone = TimeEntryTiming.of(null, null, 30);

        assertThat(alone.checkChange(NINE, null, null, false)).hasValueSatisfying(problem ->
                assertThat(problem.field()).isEqualTo("end_time"));
        assertThat(alone.changed(NINE, TEN_THIRTY, null, false)).isEqualTo(TimeEntryTiming.of(NINE, TEN_THIRTY, null));
        assertThat(alone.checkChange(NINE, null, null, true)).hasValueSatisfying(problem ->
                assertThat(problem.field()).isEqualTo("clear_times"));
    }
}
