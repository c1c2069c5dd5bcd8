package com.lifeos.query.dashboard;

import static com.lifeos.projection.dashboard.DashboardTestRows.deleted;
import static com.lifeos.projection.dashboard.DashboardTestRows.fact;
import static com.lifeos.projection.dashboard.DashboardTestRows.habit;
import static com.lifeos.query.dashboard.PictureFixtures.MONDAY;
import static com.lifeos.query.dashboard.PictureFixtures.TODAY;
import static com.lifeos.query.dashboard.PictureFixtures.picture;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import com.lifeos.api.dashboard.DashboardOverviewView;
import com.lifeos.api.shared.DateRange;
import com.lifeos.projection.dashboard.Areas;
import com.lifeos.projection.dashboard.FactRow;
import com.lifeos.projection.dashboard.HabitState;
import com.lifeos.projection.dashboard.SubjectRow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HabitPictureTest {

    private static final UUID HABIT = UUID.fromString("00000000-0000-0000-0000-0000000000a1");

    static Stream<Arguments> today() {
        return Stream.of(
                Arguments.of("a daily habit not yet done", daily(HabitState.ACTIVE), List.of(), 1, 0, null),
                Arguments.of("a daily habit done today", daily(HabitState.ACTIVE), List.of(TODAY), 1, 1, null),
                Arguments.of("an inactive habit", daily(HabitState.INACTIVE), List.of(), 0, 0, null),
                Arguments.of("a deleted habit", deleted(daily(HabitState.ACTIVE)), List.of(), 0, 0, null),
                Arguments.of("a weekday habit on a Wednesday", weekdays("MONDAY,WEDNESDAY"), List.of(), 1, 0, null),
                Arguments.of("a Saturday habit on a Wednesday", weekdays("SATURDAY"), List.of(), 0, 0, null),
                Arguments.of("twice a week, once so far", weekly(), List.of(MONDAY), 1, 0, 1),
                Arguments.of("twice a week, twice before today", weekly(), List.of(MONDAY, MONDAY.plusDays(1)), 0, 0,
                        null),
                Arguments.of("twice a week, done today too", weekly(), List.of(MONDAY, TODAY), 1, 1, 2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void today(String story, SubjectRow habit, List<LocalDate> checkIns, int due, int done, Integer doneThisWeek) {
        DashboardOverviewView.Habits habits = new HabitPicture(picture(List.of(habit), checkIns(checkIns))).today();

        assertThat(habits.due()).isEqualTo(due);
        assertThat(habits.done()).isEqualTo(done);
        if (due > 0) {
            assertThat(habits.items().get(0).doneThisWeek()).isEqualTo(doneThisWeek);
        }
    }

    static Stream<Arguments> score() {
        return Stream.of(
                Arguments.of("every day kept", List.of(MONDAY, MONDAY.plusDays(1)), 2, 2, 100),
                Arguments.of("one day of two", List.of(MONDAY), 2, 1, 50),
                Arguments.of("none kept", List.of(), 2, 0, 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void score(String story, List<LocalDate> checkIns, int due, int met, int score) {
        var view = new HabitPicture(picture(List.of(daily(HabitState.ACTIVE)), checkIns(checkIns)))
                .score(new DateRange(MONDAY, MONDAY.plusDays(1)));

        assertThat(view.inputs()).containsEntry("due_periods", due).containsEntry("met_periods", met);
        assertThat(view.score()).isEqualTo(score);
    }

    static Stream<Arguments> day() {
        return Stream.of(
                Arguments.of("a day kept", MONDAY, List.of(MONDAY), 1, 1),
                Arguments.of("a day missed", MONDAY.plusDays(1), List.of(MONDAY), 1, 0),
                Arguments.of("a day before the habit began", MONDAY.minusDays(1), List.of(), 0, 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void day(String story, LocalDate day, List<LocalDate> checkIns, int due, int done) {
        HabitPicture.Day habits = new HabitPicture(picture(List.of(daily(HabitState.ACTIVE)), checkIns(checkIns)))
                .on(day);

        assertThat(habits).isEqualTo(new HabitPicture.Day(due, done));
    }

    private static SubjectRow daily(HabitState state) {
        return habit(HABIT, "Read", state, "DAILY", null, null, MONDAY.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    private static SubjectRow weekdays(String days) {
        return habit(HABIT, "Focus", HabitState.ACTIVE, "WEEKDAYS", null, days,
                MONDAY.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    private static SubjectRow weekly() {
        return habit(HABIT, "Gym", HabitState.ACTIVE, "WEEKLY", 2, null,
                MONDAY.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    private static List<FactRow> checkIns(List<LocalDate> days) {
        return days.stream().map(day -> fact(Areas.HABITS, "check_in", HABIT, day, "1")).toList();
    }
}
