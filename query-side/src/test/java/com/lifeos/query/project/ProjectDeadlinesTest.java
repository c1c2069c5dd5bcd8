package com.lifeos.query.project;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.lifeos.api.project.ProjectAnalyticsView;
import com.lifeos.api.project.ProjectStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectDeadlinesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private static ProjectFacts due(String title, LocalDate dueDate) {
        return new ProjectFacts(UUID.nameUUIDFromBytes(title.getBytes()), title, ProjectStatus.ACTIVE, 30, dueDate,
                null);
    }

    @ParameterizedTest(name = "due {0}, today {1}: {2} days overdue")
    @CsvSource({
            "2026-03-09, 2026-03-10, 1",
            "2026-01-31, 2026-02-01, 1",
            "2026-01-31, 2026-03-01, 29",
            "2028-02-28, 2028-03-01, 2",
            "2025-12-31, 2026-01-01, 1",
            "2025-03-10, 2026-03-10, 365",
    })
    void countsTheWholeDaysSinceTheDueDateAcrossMonthAndYearEnds(LocalDate dueDate, LocalDate today, long days) {
        assertThat(ProjectDeadlines.overdue(List.of(due("x", dueDate)), today))
                .singleElement()
                .extracting(ProjectAnalyticsView.Overdue::daysOverdue)
                .isEqualTo(days);
    }

    @ParameterizedTest(name = "due {0}, today {1}: {2} days left")
    @CsvSource({
            "2026-03-10, 2026-03-10, 0",
            "2026-03-16, 2026-03-10, 6",
            "2026-02-01, 2026-01-31, 1",
            "2026-03-03, 2026-02-25, 6",
            "2028-03-01, 2028-02-28, 2",
            "2027-01-02, 2026-12-30, 3",
    })
    void countsTheDaysLeftAcrossMonthAndYearEnds(LocalDate dueDate, LocalDate today, long days) {
        assertThat(ProjectDeadlines.dueSoon(List.of(due("x", dueDate)), today))
                .singleElement()
                .extracting(ProjectAnalyticsView.DueSoon::daysLeft)
                .isEqualTo(days);
    }

    @ParameterizedTest(name = "due {0} is overdue: {1}, due soon: {2}")
    @CsvSource({
            "2026-03-09, true, false",
            "2026-03-10, false, true",
            "2026-03-16, false, true",
            "2026-03-17, false, false",
            "2026-04-10, false, false",
    })
    void todayIsDueSoonNotOverdueAndTheWindowIsSevenDays(LocalDate dueDate, boolean overdue, boolean dueSoon) {
        List<ProjectFacts> projects = List.of(due("x", dueDate));

        assertThat(ProjectDeadlines.overdue(projects, TODAY)).hasSize(overdue ? 1 : 0);
        assertThat(ProjectDeadlines.dueSoon(projects, TODAY)).hasSize(dueSoon ? 1 : 0);
    }

    @ParameterizedTest
    @EnumSource(value = ProjectStatus.class, names = {"COMPLETED", "CANCELLED"})
    void finishedProjectsHaveNoDeadlines(ProjectStatus status) {
        List<ProjectFacts> projects = List.of(
                new ProjectFacts(UUID.randomUUID(), "late", status, 100, TODAY.minusDays(3), null),
                new ProjectFacts(UUID.randomUUID(), "soon", status, 100, TODAY.plusDays(1), null));

        assertThat(ProjectDeadlines.overdue(projects, TODAY)).isEmpty();
        assertThat(ProjectDeadlines.dueSoon(projects, TODAY)).isEmpty();
    }

    @Test
    void projectsOnHoldStillHaveDeadlines() {
        List<ProjectFacts> projects = List.of(
                new ProjectFacts(UUID.randomUUID(), "waiting", ProjectStatus.ON_HOLD, 10, TODAY.minusDays(2), null));

        assertThat(ProjectDeadlines.overdue(projects, TODAY)).hasSize(1);
    }

    @Test
    void projectsWithoutADueDateAndEmptyListsHaveNoDeadlines() {
        assertThat(ProjectDeadlines.overdue(List.of(due("someday", null)), TODAY)).isEmpty();
        assertThat(ProjectDeadlines.dueSoon(List.of(due("someday", null)), TODAY)).isEmpty();
        assertThat(ProjectDeadlines.overdue(List.of(), TODAY)).isEmpty();
        assertThat(ProjectDeadlines.dueSoon(List.of(), TODAY)).isEmpty();
    }

    @Test
    void mostUrgentComesFirst() {
        List<ProjectFacts> projects = List.of(due("b", TODAY.minusDays(1)), due("late", TODAY.minusDays(9)),
                due("a", TODAY.minusDays(1)), due("in three", TODAY.plusDays(3)), due("today", TODAY));

        assertThat(ProjectDeadlines.overdue(projects, TODAY)).extracting(ProjectAnalyticsView.Overdue::title)
                .containsExactly("late", "a", "b");
        assertThat(ProjectDeadlines.dueSoon(projects, TODAY)).extracting(ProjectAnalyticsView.DueSoon::title)
                .containsExactly("today", "in three");
    }
}
