package com.lifeos.projection.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.api.project.ProjectChangedEvent;
import com.lifeos.api.project.ProjectCreatedEvent;
import com.lifeos.api.project.ProjectPriority;
import com.lifeos.api.project.ProjectStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectRowTest {

    private static final UUID PROJECT = UUID.fromString("00000000-0000-0000-0000-0000000000d1");
    private static final UUID OWNER = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID GOAL = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
    private static final Instant CREATED = Instant.parse("2026-03-01T08:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-02T08:00:00Z");
    private static final Instant LATEST = Instant.parse("2026-03-03T08:00:00Z");

    private static ProjectRow created() {
        return new ProjectRow(new ProjectCreatedEvent(PROJECT, OWNER, "Kitchen", null, LocalDate.of(2026, 6, 1),
                ProjectPriority.MEDIUM, GOAL, null), 0, CREATED);
    }

    @Test
    void aNewRowIsActiveAtZeroAndKeepsItsGoal() {
        ProjectRow row = created();

        assertThat(row.status()).isEqualTo(ProjectStatus.ACTIVE);
        assertThat(row.progress()).isZero();
        assertThat(row.goalId()).isEqualTo(GOAL);
        assertThat(row.updatedAt()).isEqualTo(CREATED);
    }

    @Test
    void theStartDateFollowsTheEventsAndStaysNullForOldOnes() {
        ProjectRow row = created();
        assertThat(row.startDate()).isNull();

        row.details(new ProjectChangedEvent(PROJECT, OWNER, "Kitchen", null, null, ProjectPriority.MEDIUM,
                LocalDate.of(2026, 1, 15)), 1, LATER);

        assertThat(row.startDate()).isEqualTo(LocalDate.of(2026, 1, 15));
    }

    @Test
    void theSameEventAppliedTwiceChangesNothingMore() {
        ProjectRow row = created();
        row.progress(40, 1, LATER);
        row.progress(40, 1, LATEST);

        assertThat(row.progress()).isEqualTo(40);
        assertThat(row.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void anOlderEventNeverOverwritesANewerOne() {
        ProjectRow row = created();
        row.status(ProjectStatus.ON_HOLD, 2, LATEST);
        row.progress(70, 1, LATER);
        row.goal(null, 1, LATER);
        row.details(new ProjectChangedEvent(PROJECT, OWNER, "Old title", null, null, ProjectPriority.LOW, null), 1,
                LATER);

        assertThat(row.status()).isEqualTo(ProjectStatus.ON_HOLD);
        assertThat(row.progress()).isZero();
        assertThat(row.goalId()).isEqualTo(GOAL);
        assertThat(row.title()).isEqualTo("Kitchen");
        assertThat(row.updatedAt()).isEqualTo(LATEST);
    }
}
