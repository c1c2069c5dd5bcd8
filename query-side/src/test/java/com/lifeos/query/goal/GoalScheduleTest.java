package com.lifeos.query.goal;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class GoalScheduleTest {

    private static final LocalDate CREATED = LocalDate.of(2026, 1, 1);
    private static final LocalDate TARGET = LocalDate.of(2026, 1, 31);

    @ParameterizedTest(name = "on {0} expect {1}")
    @CsvSource({
            "2025-12-20, 0",
            "2026-01-01, 0",
            "2026-01-16, 50",
            "2026-01-30, 97",
            "2026-01-31, 100",
            "2026-03-01, 100",
    })
    void expectedProgressIsTheElapsedShareOfTheTime(LocalDate today, int expected) {
        assertThat(GoalSchedule.expectedProgress(CREATED, TARGET, today)).isEqualTo(expected);
    }

    @Test
    void aTargetOnTheCreationDayIsExpectedDoneAtOnce() {
        assertThat(GoalSchedule.expectedProgress(CREATED, CREATED, CREATED)).isEqualTo(100);
    }

    @Test
    void expectedProgressCountsDaysAcrossAMonthEndAndLeapDay() {
        assertThat(GoalSchedule.expectedProgress(LocalDate.of(2028, 2, 28), LocalDate.of(2028, 3, 2),
                LocalDate.of(2028, 2, 29))).isEqualTo(33);
    }

    @ParameterizedTest(name = "progress {0} on {1} is {2}")
    @CsvSource({
            "50, 2026-01-16, on_track",
            "40, 2026-01-16, on_track",
            "39, 2026-01-16, behind",
            "99, 2026-02-01, overdue",
            "100, 2026-02-01, on_track",
    })
    void judgesTheState(int progress, LocalDate today, String state) {
        assertThat(GoalSchedule.judge(CREATED, TARGET, progress, List.of(), today).state()).isEqualTo(state);
    }

    @Test
    void projectsCompletionFromTheRecentPace() {
        LocalDate today = LocalDate.of(2026, 1, 11);
        var judgement = GoalSchedule.judge(CREATED, TARGET, 20,
                List.of(new ProgressPoint(LocalDate.of(2026, 1, 5), 10), new ProgressPoint(today, 20)), today);

        assertThat(judgement.velocityPerDay()).isEqualByComparingTo("2");
        assertThat(judgement.projectedCompletionDate()).isEqualTo(LocalDate.of(2026, 2, 20));
    }

    @Test
    void onlyTheLastThirtyDaysCountForThePace() {
        LocalDate created = LocalDate.of(2025, 6, 1);
        LocalDate today = LocalDate.of(2026, 1, 31);
        var history = List.of(new ProgressPoint(LocalDate.of(2025, 6, 10), 60),
                new ProgressPoint(LocalDate.of(2026, 1, 20), 75));

        var judgement = GoalSchedule.judge(created, LocalDate.of(2026, 6, 1), 75, history, today);

        assertThat(judgement.velocityPerDay()).isEqualByComparingTo("0.5");
        assertThat(judgement.projectedCompletionDate()).isEqualTo(today.plusDays(50));
    }

    @Test
    void noForwardMovementMeansNoProjection() {
        LocalDate today = LocalDate.of(2026, 3, 1);
        var history = List.of(new ProgressPoint(LocalDate.of(2026, 1, 2), 50), new ProgressPoint(
                LocalDate.of(2026, 2, 20), 40));

        var judgement = GoalSchedule.judge(CREATED, LocalDate.of(2026, 6, 1), 40, history, today);

        assertThat(judgement.velocityPerDay()).isNull();
        assertThat(judgement.projectedCompletionDate()).isNull();
    }

    @Test
    void aGoalWithNoProgressHasNoPace() {
        var judgement = GoalSchedule.judge(CREATED, TARGET, 0, List.of(), LocalDate.of(2026, 1, 10));
        assertThat(judgement.velocityPerDay()).isNull();
        assertThat(judgement.projectedCompletionDate()).isNull();
    }
}
