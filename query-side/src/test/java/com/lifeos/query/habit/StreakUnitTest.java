package com.lifeos.query.habit;

import static com.lifeos.query.habit.TestDates.date;
import static com.lifeos.query.habit.TestDates.dates;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.lifeos.api.habit.HabitFrequency;

import java.util.EnumSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** June 2026 starts on a Monday: 06-05 Fri, 06-08 Mon, 06-10 Wed; weeks start on Monday. */
class StreakUnitTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # frequency | target per week | check-ins                        | today      | current | unit  | in JSON
            DAILY       | 1               | 2026-06-09 2026-06-10            | 2026-06-10 | 2       | DAYS  | days
            WEEKDAYS    | 1               | 2026-06-05 2026-06-08            | 2026-06-08 | 2       | DAYS  | days
            WEEKLY      | 1               | 2026-06-03 2026-06-10            | 2026-06-10 | 2       | WEEKS | weeks
            WEEKLY      | 2               | 2026-06-01 2026-06-03 2026-06-08 | 2026-06-10 | 1       | WEEKS | weeks
            """)
    void aStreakCountsInTheUnitOfItsHabitsRhythmAndNamesItInLowerCase(HabitFrequency frequency, int targetPerWeek,
                                                                       String checkins, String today, int current,
                                                                       StreakUnit unit, String name) throws Exception {
        HabitRhythm rhythm = new HabitRhythm(frequency, targetPerWeek, EnumSet.range(MONDAY, FRIDAY), MONDAY);

        Streak streak = StreakCalculator.compute(rhythm, dates(checkins), date(today));

        assertThat(streak.current()).isEqualTo(current);
        assertThat(streak.unit()).isEqualTo(unit);
        assertThat(JSON.writeValueAsString(streak.unit())).isEqualTo("\"" + name + "\"");
        assertThat(JSON.readValue("\"" + name + "\"", StreakUnit.class)).isEqualTo(unit);
    }
}
