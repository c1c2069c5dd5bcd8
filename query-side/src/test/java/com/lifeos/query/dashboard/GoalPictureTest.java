package com.lifeos.query.dashboard;

import static com.lifeos.projection.dashboard.DashboardTestRows.goal;
import static com.lifeos.query.dashboard.PictureFixtures.TODAY;
import static com.lifeos.query.dashboard.PictureFixtures.picture;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import com.lifeos.api.dashboard.DashboardOverviewView;
import com.lifeos.projection.dashboard.GoalState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GoalPictureTest {

    private static final UUID GOAL = UUID.fromString("00000000-0000-0000-0000-0000000000b1");

    static Stream<Arguments> goals() {
        return Stream.of(
                // half the schedule gone: 50 % expected
                Arguments.of("on schedule", GoalState.ACTIVE, 50, TODAY.minusDays(10), TODAY.plusDays(10), 1,
                        "on_track", 0, 100),
                Arguments.of("behind", GoalState.ACTIVE, 25, TODAY.minusDays(10), TODAY.plusDays(10), 1, "behind", 1,
                        50),
                Arguments.of("past its target", GoalState.ACTIVE, 90, TODAY.minusDays(20), TODAY.minusDays(1), 1,
                        "overdue", 1, 90),
                Arguments.of("without a target date", GoalState.ACTIVE, 10, TODAY.minusDays(3), null, 1,
                        "unscheduled", 0, null),
                Arguments.of("paused", GoalState.PAUSED, 0, TODAY.minusDays(10), TODAY.plusDays(10), 0, null, 0,
                        null),
                Arguments.of("completed", GoalState.COMPLETED, 100, TODAY.minusDays(10), TODAY.plusDays(10), 0, null,
                        0, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void goals(String story, GoalState state, int progress, LocalDate start, LocalDate due, int shown, String standing,
               int behind, Integer score) {
        GoalPicture goals = new GoalPicture(picture(List.of(goal(GOAL, "Run", state, progress, start, due,
                start.atStartOfDay().toInstant(ZoneOffset.UTC))), List.of()));

        DashboardOverviewView.Goals today = goals.today();

        assertThat(today.active()).isEqualTo(shown);
        assertThat(today.behind()).isEqualTo(behind);
        assertThat(today.items()).extracting(DashboardOverviewView.GoalToday::state)
                .containsExactlyElementsOf(standing == null ? List.of() : List.of(standing));
        assertThat(goals.score().score()).isEqualTo(score);
    }
}
