package com.lifeos.query.goal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class GoalScheduleTest {

    private static final LocalDate STARTED = LocalDate.of(2026, 1, 1);
    private static final LocalDate TARGET = LocalDate.of(2026, 1, 31);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static ProgressPoint point(String date, int progress) {
        return new ProgressPoint(LocalDate.parse(date), progress);
    }

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
        assertThat(GoalSchedule.expectedProgress(STARTED, TARGET, today)).isEqualTo(expected);
    }

    @Test
    void aTargetOnTheStartDayIsExpectedDoneAtOnce() {
        assertThat(GoalSchedule.expectedProgress(STARTED, STARTED, STARTED)).isEqualTo(100);
    }

    @Test
    void expectedProgressCountsDaysAcrossAMonthEndAndLeapDay() {
        assertThat(GoalSchedule.expectedProgress(LocalDate.of(2028, 2, 28), LocalDate.of(2028, 3, 2),
                LocalDate.of(2028, 2, 29))).isEqualTo(33);
    }

    @Test
    void aGoalStartedInThePastIsExpectedFurtherAlongThanOneCreatedToday() {
        LocalDate today = LocalDate.of(2026, 3, 1);
        LocalDate target = LocalDate.of(2026, 5, 30);

        assertThat(GoalSchedule.judge(LocalDate.of(2025, 12, 1), target, 20, List.of(point("2026-03-01", 10),
                point("2026-03-01", 20)), today).state()).isEqualTo("behind");
        assertThat(GoalSchedule.judge(today, target, 20, List.of(), today).state()).isEqualTo("on_track");
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
        assertThat(GoalSchedule.judge(STARTED, TARGET, progress, List.of(), today).state()).isEqualTo(state);
    }

    @Test
    void projectsCompletionFromTheRecentPace() {
        LocalDate today = LocalDate.of(2026, 1, 11);
        var judgement = GoalSchedule.judge(STARTED, TARGET, 20,
                List.of(point("2026-01-05", 10), new ProgressPoint(today, 20)), today);

        assertThat(judgement.velocityPerDay()).isEqualByComparingTo("2");
        assertThat(judgement.projectedCompletionDate()).isEqualTo(LocalDate.of(2026, 2, 20));
        assertThat(judgement.projectionReason()).isNull();
    }

    @Test
    void onlyTheLastThirtyDaysCountForThePace() {
        LocalDate today = LocalDate.of(2026, 1, 31);
        var history = List.of(point("2025-06-10", 60), point("2026-01-01", 65), point("2026-01-21", 80));

        var judgement = GoalSchedule.judge(LocalDate.of(2025, 6, 1), LocalDate.of(2026, 6, 1), 80, history, today);

        assertThat(judgement.velocityPerDay()).isEqualByComparingTo("0.5");
        assertThat(judgement.projectedCompletionDate()).isEqualTo(today.plusDays(40));
    }

    @Test
    void progressEnteredAllAtOnceLongAfterTheStartPacesAtItsAverageSinceTheStart() {
        LocalDate today = LocalDate.of(2026, 1, 31);
        var judgement = GoalSchedule.judge(today.minusDays(90), LocalDate.of(2026, 12, 31), 45,
                List.of(new ProgressPoint(today, 20), new ProgressPoint(today, 45)), today);

        // 45 points over 90 days: the line from 0 passes 30 on the window's first day, so 15 in 30 days
        assertThat(judgement.velocityPerDay()).isEqualByComparingTo("0.5");
        assertThat(judgement.projectedCompletionDate()).isEqualTo(today.plusDays(110));
    }

    @Test
    void aGoalStartedTodayHasNoPaceHoweverMuchProgressItShows() {
        var judgement = GoalSchedule.judge(STARTED, TARGET, 55,
                List.of(point("2026-01-01", 30), point("2026-01-01", 55)), STARTED);

        assertThat(judgement.velocityPerDay()).isNull();
        assertThat(judgement.projectedCompletionDate()).isNull();
        assertThat(judgement.projectionReason()).isEqualTo(GoalSchedule.TOO_LITTLE_EVIDENCE);
    }

    @ParameterizedTest(name = "{0} days after the start: projected {1}")
    @CsvSource({"6, false", "7, true"})
    void aPaceNeedsSevenDaysSinceTheStart(int days, boolean projected) {
        LocalDate today = STARTED.plusDays(days);
        var judgement = GoalSchedule.judge(STARTED, TARGET, 14,
                List.of(point("2026-01-02", 7), new ProgressPoint(today, 14)), today);

        assertThat(judgement.projectedCompletionDate() != null).isEqualTo(projected);
        assertThat(judgement.projectionReason()).isEqualTo(projected ? null : GoalSchedule.TOO_LITTLE_EVIDENCE);
    }

    @Test
    void aPaceNeedsTwoChangesOfProgressNotJustNotes() {
        LocalDate today = LocalDate.of(2026, 1, 20);
        var oneChange = GoalSchedule.judge(STARTED, TARGET, 30,
                List.of(point("2026-01-10", 30), point("2026-01-15", 30)), today);
        var twoChanges = GoalSchedule.judge(STARTED, TARGET, 40,
                List.of(point("2026-01-10", 30), point("2026-01-15", 40)), today);

        assertThat(oneChange.projectionReason()).isEqualTo(GoalSchedule.TOO_LITTLE_EVIDENCE);
        assertThat(twoChanges.velocityPerDay()).isEqualByComparingTo("2.1053");
        assertThat(twoChanges.projectedCompletionDate()).isEqualTo(LocalDate.of(2026, 2, 18));
    }

    @Test
    void aGoalWithNoProgressHasNoPace() {
        var judgement = GoalSchedule.judge(STARTED, TARGET, 0, List.of(), LocalDate.of(2026, 1, 10));

        assertThat(judgement.velocityPerDay()).isNull();
        assertThat(judgement.projectedCompletionDate()).isNull();
        assertThat(judgement.projectionReason()).isEqualTo(GoalSchedule.TOO_LITTLE_EVIDENCE);
    }

    @Test
    void progressGoingDownInTheWindowMeansNoProjection() {
        LocalDate today = LocalDate.of(2026, 3, 1);
        var history = List.of(point("2026-01-02", 50), point("2026-02-20", 40));

        var judgement = GoalSchedule.judge(STARTED, LocalDate.of(2026, 6, 1), 40, history, today);

        assertThat(judgement.velocityPerDay()).isNull();
        assertThat(judgement.projectedCompletionDate()).isNull();
        assertThat(judgement.projectionReason()).isEqualTo(GoalSchedule.NO_RECENT_PROGRESS);
    }

    @Test
    void aDoneGoalIsCompleteOnTheDayItReachedOneHundred() {
        LocalDate today = LocalDate.of(2026, 1, 20);
        var judgement = GoalSchedule.judge(STARTED, TARGET, 100,
                List.of(point("2026-01-05", 60), point("2026-01-12", 100)), today);

        assertThat(judgement.projectedCompletionDate()).isEqualTo(LocalDate.of(2026, 1, 12));
        assertThat(judgement.projectionReason()).isNull();
        assertThat(judgement.state()).isEqualTo("on_track");
    }

    @Test
    void thePaceCountsWholeDaysAcrossAMonthEnd() {
        LocalDate today = LocalDate.of(2026, 3, 3);
        var judgement = GoalSchedule.judge(LocalDate.of(2026, 2, 21), LocalDate.of(2026, 6, 30), 30,
                List.of(point("2026-02-25", 10), point("2026-03-03", 30)), today);

        // 21 Feb to 3 Mar 2026 is 10 days (February has 28)
        assertThat(judgement.velocityPerDay()).isEqualByComparingTo("3");
        assertThat(judgement.projectedCompletionDate()).isEqualTo(LocalDate.of(2026, 3, 27));
    }

    @Test
    void aChangeIsDatedOnTheOwnersCalendar() {
        Instant lateEvening = Instant.parse("2026-01-31T23:30:00Z");

        assertThat(ProgressPoint.of(lateEvening, BERLIN, 40).date()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(ProgressPoint.of(lateEvening, ZoneId.of("America/New_York"), 40).date())
                .isEqualTo(LocalDate.of(2026, 1, 31));
    }

    @Test
    void aGoalWithoutAStartDateCountsFromItsCreationDayInTheOwnersZone() {
        Instant created = Instant.parse("2026-01-31T23:30:00Z");

        assertThat(GoalSchedule.startedOn(null, created, BERLIN)).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(GoalSchedule.startedOn(LocalDate.of(2025, 3, 1), created, BERLIN))
                .isEqualTo(LocalDate.of(2025, 3, 1));
    }
}
