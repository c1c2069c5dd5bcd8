package com.lifeos.query.dashboard;

import static com.lifeos.projection.dashboard.DashboardTestRows.deleted;
import static com.lifeos.projection.dashboard.DashboardTestRows.project;
import static com.lifeos.query.dashboard.PictureFixtures.TODAY;
import static com.lifeos.query.dashboard.PictureFixtures.picture;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import com.lifeos.api.dashboard.DashboardOverviewView;
import com.lifeos.projection.dashboard.ProjectState;
import com.lifeos.projection.dashboard.SubjectRow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ProjectPictureTest {

    private static final UUID LATE = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
    private static final UUID FINE = UUID.fromString("00000000-0000-0000-0000-0000000000c2");

    static Stream<Arguments> projects() {
        SubjectRow late = project(LATE, "Late", ProjectState.ACTIVE, 10, TODAY.minusDays(1));
        SubjectRow fine = project(FINE, "Fine", ProjectState.ACTIVE, 60, TODAY.plusDays(9));
        return Stream.of(
                Arguments.of("none", List.of(), List.of(), 0, null),
                Arguments.of("one overdue, one fine, soonest first", List.of(fine, late), List.of("Late", "Fine"), 1,
                        50),
                Arguments.of("due today is not overdue", List.of(project(FINE, "Today", ProjectState.ACTIVE, 0, TODAY)),
                        List.of("Today"), 0, 100),
                Arguments.of("undated last", List.of(project(FINE, "Someday", ProjectState.ACTIVE, 0, null),
                        project(LATE, "Late", ProjectState.ACTIVE, 0, TODAY.minusDays(1))), List.of("Late", "Someday"),
                        1, 50),
                Arguments.of("on hold, completed, cancelled and deleted are not shown", List.of(
                        project(LATE, "Held", ProjectState.ON_HOLD, 0, null),
                        project(LATE, "Done", ProjectState.COMPLETED, 100, null),
                        project(LATE, "Dropped", ProjectState.CANCELLED, 0, null),
                        deleted(project(FINE, "Gone", ProjectState.ACTIVE, 0, null))), List.of(), 0, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void projects(String story, List<SubjectRow> rows, List<String> shown, int overdue, Integer score) {
        ProjectPicture projects = new ProjectPicture(picture(rows, List.of()));

        DashboardOverviewView.Projects today = projects.today();

        assertThat(today.items()).extracting(DashboardOverviewView.ProjectToday::title).containsExactlyElementsOf(shown);
        assertThat(today.overdue()).isEqualTo(overdue);
        assertThat(projects.score().score()).isEqualTo(score);
    }
}
