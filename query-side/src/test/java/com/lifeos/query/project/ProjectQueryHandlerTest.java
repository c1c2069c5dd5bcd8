package com.lifeos.query.project;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.lifeos.api.project.FindProjectAnalyticsQuery;
import com.lifeos.api.project.FindProjectQuery;
import com.lifeos.api.project.ListProjectsQuery;
import com.lifeos.api.project.ProjectPage;
import com.lifeos.api.project.ProjectPriority;
import com.lifeos.api.project.ProjectStatus;
import com.lifeos.api.shared.PageRequest;
import com.lifeos.api.shared.UserCalendar;
import com.lifeos.projection.project.ProjectRow;
import com.lifeos.projection.project.ProjectRows;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.ArgumentMatchers;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class ProjectQueryHandlerTest {

    private static final UUID OWNER = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID PROJECT = UUID.fromString("00000000-0000-0000-0000-0000000000d1");
    private static final UUID GOAL = UUID.fromString("00000000-0000-0000-0000-0000000000b1");

    private final ProjectRows rows = mock(ProjectRows.class);
    private final ProjectQueryHandler handler = new ProjectQueryHandler(rows);

    private static ProjectRow row(LocalDate dueDate) {
        ProjectRow row = mock(ProjectRow.class);
        when(row.id()).thenReturn(PROJECT);
        when(row.userId()).thenReturn(OWNER);
        when(row.title()).thenReturn("Kitchen");
        when(row.status()).thenReturn(ProjectStatus.ACTIVE);
        when(row.progress()).thenReturn(40);
        when(row.dueDate()).thenReturn(dueDate);
        when(row.priority()).thenReturn(ProjectPriority.HIGH);
        when(row.goalId()).thenReturn(GOAL);
        when(row.createdAt()).thenReturn(Instant.parse("2026-03-01T08:00:00Z"));
        when(row.updatedAt()).thenReturn(Instant.parse("2026-03-02T08:00:00Z"));
        return row;
    }

    @Test
    void findsOnlyTheCallersOwnProject() {
        ProjectRow row = row(null);
        when(rows.findByIdAndUserId(PROJECT, OWNER)).thenReturn(Optional.of(row));

        assertThat(handler.handle(new FindProjectQuery(OWNER, PROJECT))).hasValueSatisfying(view -> {
            assertThat(view.title()).isEqualTo("Kitchen");
            assertThat(view.goalId()).isEqualTo(GOAL);
            assertThat(view.priority()).isEqualTo(ProjectPriority.HIGH);
        });
        assertThat(handler.handle(new FindProjectQuery(UUID.randomUUID(), PROJECT))).isEmpty();
    }

    /** Which rows the filters select is proven against the database by the HTTP tests. */
    @Test
    void listsNewestFirstOnTheRequestedPage() {
        ProjectRow row = row(null);
        when(rows.findAll(ArgumentMatchers.<Specification<ProjectRow>>any(), any(Pageable.class)))
                .thenReturn(new PageImpl<>(List.of(row), org.springframework.data.domain.PageRequest.of(1, 5), 6));

        ProjectPage page = handler.handle(new ListProjectsQuery(OWNER, ProjectStatus.ON_HOLD, null, GOAL,
                new PageRequest(1, 5)));

        assertThat(page.totalItems()).isEqualTo(6);
        assertThat(page.items()).singleElement().satisfies(view -> assertThat(view.id()).isEqualTo(PROJECT));
        ArgumentCaptor<Pageable> pageable = ArgumentCaptor.forClass(Pageable.class);
        verify(rows).findAll(ArgumentMatchers.<Specification<ProjectRow>>any(), pageable.capture());
        assertThat(pageable.getValue().getPageNumber()).isEqualTo(1);
        assertThat(pageable.getValue().getPageSize()).isEqualTo(5);
        assertThat(pageable.getValue().getSort()).isEqualTo(
                Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id")));
    }

    @Test
    void analyticsJudgeDeadlinesOnTheCallersToday() {
        LocalDate today = LocalDate.of(2026, 3, 10);
        ProjectRow dueTwoDaysAgo = row(LocalDate.of(2026, 3, 8));
        when(rows.findByUserId(OWNER)).thenReturn(List.of(dueTwoDaysAgo));

        var view = handler.handle(new FindProjectAnalyticsQuery(OWNER,
                new UserCalendar(ZoneId.of("Asia/Tokyo"), today, DayOfWeek.MONDAY)));

        assertThat(view.overdue()).singleElement().satisfies(late -> assertThat(late.daysOverdue()).isEqualTo(2));
        assertThat(view.byGoal()).singleElement().satisfies(goal -> assertThat(goal.goalId()).isEqualTo(GOAL));
    }
}
