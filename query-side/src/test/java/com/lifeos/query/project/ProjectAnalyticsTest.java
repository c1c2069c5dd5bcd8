package com.lifeos.query.project;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.lifeos.api.project.ProjectAnalyticsView;
import com.lifeos.api.project.ProjectStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectAnalyticsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 31);
    private static final UUID HOUSE = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
    private static final UUID HEALTH = UUID.fromString("00000000-0000-0000-0000-0000000000b2");

    private static ProjectFacts project(ProjectStatus status, int progress, UUID goalId) {
        return new ProjectFacts(UUID.randomUUID(), status + " " + progress, status, progress, null, goalId);
    }

    @Test
    void noProjectsGiveZeroCountsForEveryStatusAndNoAverages() {
        ProjectAnalyticsView view = ProjectAnalytics.of(List.of(), TODAY);

        assertThat(view.totalProjects()).isZero();
        assertThat(view.byStatus()).containsOnlyKeys(ProjectStatus.values()).allSatisfy((status, count) ->
                assertThat(count).isZero());
        assertThat(view.overdue()).isEmpty();
        assertThat(view.dueSoon()).isEmpty();
        assertThat(view.averageProgress()).isNull();
        assertThat(view.byGoal()).isEmpty();
    }

    @Test
    void countsEachStatusAndAveragesOnlyActiveProjects() {
        ProjectAnalyticsView view = ProjectAnalytics.of(List.of(
                project(ProjectStatus.ACTIVE, 10, null),
                project(ProjectStatus.ACTIVE, 20, null),
                project(ProjectStatus.ACTIVE, 25, null),
                project(ProjectStatus.ON_HOLD, 90, null),
                project(ProjectStatus.COMPLETED, 100, null)), TODAY);

        assertThat(view.totalProjects()).isEqualTo(5);
        assertThat(view.byStatus()).containsEntry(ProjectStatus.ACTIVE, 3).containsEntry(ProjectStatus.ON_HOLD, 1)
                .containsEntry(ProjectStatus.COMPLETED, 1).containsEntry(ProjectStatus.CANCELLED, 0);
        assertThat(view.averageProgress()).isEqualByComparingTo("18.33");
        assertThat(view.averageProgress().scale()).isEqualTo(2);
    }

    @Test
    void withoutActiveProjectsThereIsNoAverage() {
        ProjectAnalyticsView view = ProjectAnalytics.of(List.of(project(ProjectStatus.CANCELLED, 40, null)), TODAY);

        assertThat(view.averageProgress()).isNull();
    }

    @Test
    void groupsLinkedProjectsByGoalWhateverTheirStatus() {
        ProjectAnalyticsView view = ProjectAnalytics.of(List.of(
                project(ProjectStatus.ACTIVE, 50, HEALTH),
                project(ProjectStatus.COMPLETED, 100, HOUSE),
                project(ProjectStatus.ACTIVE, 0, HOUSE),
                project(ProjectStatus.CANCELLED, 33, HOUSE),
                project(ProjectStatus.ACTIVE, 70, null)), TODAY);

        assertThat(view.byGoal()).extracting(ProjectAnalyticsView.GoalShare::goalId).containsExactly(HOUSE, HEALTH);
        assertThat(view.byGoal().get(0).projects()).isEqualTo(3);
        assertThat(view.byGoal().get(0).averageProgress()).isEqualByComparingTo("44.33");
        assertThat(view.byGoal().get(1).projects()).isEqualTo(1);
        assertThat(view.byGoal().get(1).averageProgress()).isEqualByComparingTo("50.00");
    }

    @Test
    void includesTheDeadlinesJudgedOnTheGivenDay() {
        ProjectFacts late = new ProjectFacts(UUID.randomUUID(), "late", ProjectStatus.ACTIVE, 5, TODAY.minusDays(1),
                null);
        ProjectFacts soon = new ProjectFacts(UUID.randomUUID(), "soon", ProjectStatus.ACTIVE, 5, TODAY.plusDays(1),
                null);

        ProjectAnalyticsView view = ProjectAnalytics.of(List.of(late, soon), TODAY);

        assertThat(view.overdue()).extracting(ProjectAnalyticsView.Overdue::id).containsExactly(late.id());
        assertThat(view.dueSoon()).singleElement().satisfies(due -> {
            assertThat(due.id()).isEqualTo(soon.id());
            assertThat(due.dueDate()).isEqualTo(LocalDate.of(2026, 6, 1));
            assertThat(due.daysLeft()).isEqualTo(1);
        });
    }
}
