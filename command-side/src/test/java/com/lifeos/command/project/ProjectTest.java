package com.lifeos.command.project;

import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.api.project.ChangeProjectCommand;
import com.lifeos.api.project.CreateProjectCommand;
import com.lifeos.api.project.DeleteProjectCommand;
import com.lifeos.api.project.ProjectChangedEvent;
import com.lifeos.api.project.ProjectCompletedEvent;
import com.lifeos.api.project.ProjectCreatedEvent;
import com.lifeos.api.project.ProjectDeletedEvent;
import com.lifeos.api.project.ProjectLinkedToGoalEvent;
import com.lifeos.api.project.ProjectPriority;
import com.lifeos.api.project.ProjectProgressUpdatedEvent;
import com.lifeos.api.project.ProjectReopenedEvent;
import com.lifeos.api.project.ProjectStatus;
import com.lifeos.api.project.ProjectStatusChangedEvent;
import com.lifeos.api.project.ProjectUnlinkedFromGoalEvent;
import com.lifeos.api.project.UpdateProjectProgressCommand;
import com.lifeos.api.shared.SealedText;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ProjectTest {

    private static final UUID PROJECT_ID = UUID.fromString("00000000-0000-0000-0000-0000000000d1");
    private static final UUID OWNER = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID STRANGER = UUID.fromString("00000000-0000-0000-0000-000000000002");
    private static final UUID OWN_GOAL = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
    private static final UUID OTHER_GOAL = UUID.fromString("00000000-0000-0000-0000-0000000000b2");
    private static final UUID STRANGERS_GOAL = UUID.fromString("00000000-0000-0000-0000-0000000000b9");
    private static final LocalDate DUE = LocalDate.of(2025, 9, 30);
    private static final LocalDate START = LocalDate.of(2025, 3, 1);
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    private AggregateTestFixture<Project> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Project.class);
    }

    private static ProjectCreatedEvent created() {
        return new ProjectCreatedEvent(PROJECT_ID, OWNER, "Kitchen renovation", "New counters", DUE,
                ProjectPriority.HIGH, null, START);
    }

    private static ProjectCreatedEvent createdForGoal() {
        return new ProjectCreatedEvent(PROJECT_ID, OWNER, "Kitchen renovation", "New counters", DUE,
                ProjectPriority.HIGH, OWN_GOAL, START);
    }

    private static ProjectProgressUpdatedEvent progressed(int progress) {
        return new ProjectProgressUpdatedEvent(PROJECT_ID, OWNER, progress, null);
    }

    private static ChangeProjectCommand status(ProjectStatus status) {
        return new ChangeProjectCommand(PROJECT_ID, OWNER, null, null, null, null, status, null, null, false,
                null, TODAY);
    }

    private static ChangeProjectCommand link(UUID goalId, UUID goalOwnerId) {
        return new ChangeProjectCommand(PROJECT_ID, OWNER, null, null, null, null, null, goalId, goalOwnerId,
                false, null, TODAY);
    }

    @Test
    void creatingAProjectRecordsIt() {
        fixture.givenNoPriorActivity()
                .when(new CreateProjectCommand(PROJECT_ID, OWNER, "Kitchen renovation", "New counters", DUE,
                        ProjectPriority.HIGH, null, null, START, TODAY))
                .expectEvents(created());
    }

    @Test
    void projectWithoutPriorityHasMediumPriority() {
        fixture.givenNoPriorActivity()
                .when(new CreateProjectCommand(PROJECT_ID, OWNER, "Tax return", null, null, null, null, null,
                        START, TODAY))
                .expectEvents(new ProjectCreatedEvent(PROJECT_ID, OWNER, "Tax return", null, null,
                        ProjectPriority.MEDIUM, null, START));
    }

    @Test
    void aStartDateInTheOwnersFutureIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new CreateProjectCommand(PROJECT_ID, OWNER, "Tax return", null, DUE, null, null, null,
                        TODAY.plusDays(1), TODAY))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("start_date must not be in the future (today is 2025-06-01)")
                .expectNoEvents();
    }

    @Test
    void movingTheStartAfterTheDueDateIsRefusedNamingTheStart() {
        fixture.given(created())
                .when(new ChangeProjectCommand(PROJECT_ID, OWNER, null, null, LocalDate.of(2025, 2, 1), null, null,
                        null, null, false, null, TODAY))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("due_date must not be before start_date (2025-03-01)");
        fixture.given(new ProjectCreatedEvent(PROJECT_ID, OWNER, "Tax return", null, LocalDate.of(2025, 4, 1),
                        ProjectPriority.HIGH, null, null))
                .when(new ChangeProjectCommand(PROJECT_ID, OWNER, null, null, null, null, null, null, null, false,
                        LocalDate.of(2025, 5, 1), TODAY))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("start_date must not be after due_date (2025-04-01)");
    }

    @Test
    void aProjectCanServeOneOfItsOwnersGoals() {
        fixture.givenNoPriorActivity()
                .when(new CreateProjectCommand(PROJECT_ID, OWNER, "Kitchen renovation", "New counters", DUE,
                        ProjectPriority.HIGH, OWN_GOAL, OWNER, START, TODAY))
                .expectEvents(createdForGoal());
    }

    @Test
    void cannotCreateAProjectForAnotherUsersGoal() {
        fixture.givenNoPriorActivity()
                .when(new CreateProjectCommand(PROJECT_ID, OWNER, "Kitchen renovation", null, null, null,
                        STRANGERS_GOAL, STRANGER, START, TODAY))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("goal_id must be one of your own goals")
                .expectNoEvents();
    }

    @Test
    void cannotCreateAProjectForAGoalThatWasNotFound() {
        fixture.givenNoPriorActivity()
                .when(new CreateProjectCommand(PROJECT_ID, OWNER, "Kitchen renovation", null, null, null,
                        STRANGERS_GOAL, null, START, TODAY))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void linkingAnotherOwnGoalMovesTheLink() {
        fixture.given(createdForGoal())
                .when(link(OTHER_GOAL, OWNER))
                .expectEvents(new ProjectLinkedToGoalEvent(PROJECT_ID, OWNER, OTHER_GOAL));
    }

    @Test
    void linkingTheSameGoalAgainRecordsNothing() {
        fixture.given(createdForGoal())
                .when(link(OWN_GOAL, OWNER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cannotLinkAnotherUsersGoal() {
        fixture.given(createdForGoal())
                .when(new ChangeProjectCommand(PROJECT_ID, OWNER, "Renamed", null, null, null, ProjectStatus.ON_HOLD,
                        STRANGERS_GOAL, STRANGER, false, null, TODAY))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void unlinkingRemovesTheGoal() {
        fixture.given(createdForGoal())
                .when(new ChangeProjectCommand(PROJECT_ID, OWNER, null, null, null, null, null, null, null,
                        true, null, TODAY))
                .expectEvents(new ProjectUnlinkedFromGoalEvent(PROJECT_ID, OWNER, OWN_GOAL));
        fixture.given(created())
                .when(new ChangeProjectCommand(PROJECT_ID, OWNER, null, null, null, null, null, null, null,
                        true, null, TODAY))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void linkingAndUnlinkingAtOnceIsBadInput() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ChangeProjectCommand(PROJECT_ID, OWNER, null,
                null, null, null, null, OWN_GOAL, OWNER, true, null, TODAY));
    }

    @Test
    void aGoalOwnerWithoutAGoalIsBadInput() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CreateProjectCommand(PROJECT_ID, OWNER, "x", null,
                null, null, null, OWNER, START, TODAY));
    }

    @Test
    void updatingProgressRecordsIt() {
        fixture.given(created())
                .when(new UpdateProjectProgressCommand(PROJECT_ID, OWNER, 40, null))
                .expectEvents(progressed(40));
    }

    @Test
    void reachingOneHundredPercentCompletesTheProject() {
        fixture.given(created(), progressed(40))
                .when(new UpdateProjectProgressCommand(PROJECT_ID, OWNER, 100, null))
                .expectEvents(progressed(100), new ProjectCompletedEvent(PROJECT_ID, OWNER));
    }

    @Test
    void goingBelowOneHundredPercentReopensACompletedProject() {
        fixture.given(created(), progressed(100), new ProjectCompletedEvent(PROJECT_ID, OWNER))
                .when(new UpdateProjectProgressCommand(PROJECT_ID, OWNER, 90, null))
                .expectEvents(progressed(90), new ProjectReopenedEvent(PROJECT_ID, OWNER));
    }

    @Test
    void sameProgressAgainRecordsNothing() {
        fixture.given(created(), progressed(40))
                .when(new UpdateProjectProgressCommand(PROJECT_ID, OWNER, 40, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void progressWithANoteIsRecordedEvenWhenTheNumberStaysTheSame() {
        SealedText note = new SealedText("v1.c2VhbGVk");
        fixture.given(created(), progressed(40))
                .when(new UpdateProjectProgressCommand(PROJECT_ID, OWNER, 40, note))
                .expectEvents(new ProjectProgressUpdatedEvent(PROJECT_ID, OWNER, 40, note));
    }

    @Test
    void progressMustBeBetweenZeroAndOneHundred() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> new UpdateProjectProgressCommand(PROJECT_ID, OWNER, 101, null));
        assertThatIllegalArgumentException().isThrownBy(
                () -> new UpdateProjectProgressCommand(PROJECT_ID, OWNER, -1, null));
    }

    @Test
    void changingOnlyTheTitleKeepsTheOtherDetails() {
        fixture.given(createdForGoal())
                .when(new ChangeProjectCommand(PROJECT_ID, OWNER, "Bathroom renovation", null, null, null, null, null,
                        null, false, null, TODAY))
                .expectEvents(new ProjectChangedEvent(PROJECT_ID, OWNER, "Bathroom renovation", "New counters", DUE,
                        ProjectPriority.HIGH, START));
    }

    @Test
    void aChangeThatChangesNothingRecordsNothing() {
        fixture.given(created())
                .when(new ChangeProjectCommand(PROJECT_ID, OWNER, "Kitchen renovation", null, DUE,
                        ProjectPriority.HIGH, ProjectStatus.ACTIVE, null, null, false, null, TODAY))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void puttingOnHoldAndCancellingAreStatusChanges() {
        fixture.given(created())
                .when(status(ProjectStatus.ON_HOLD))
                .expectEvents(new ProjectStatusChangedEvent(PROJECT_ID, OWNER, ProjectStatus.ON_HOLD));
        fixture.given(created(), new ProjectStatusChangedEvent(PROJECT_ID, OWNER, ProjectStatus.ON_HOLD))
                .when(status(ProjectStatus.CANCELLED))
                .expectEvents(new ProjectStatusChangedEvent(PROJECT_ID, OWNER, ProjectStatus.CANCELLED));
    }

    @Test
    void completingThroughTheStatusSetsProgressToOneHundred() {
        fixture.given(created(), progressed(70))
                .when(status(ProjectStatus.COMPLETED))
                .expectEvents(progressed(100), new ProjectCompletedEvent(PROJECT_ID, OWNER));
    }

    @Test
    void aCompletedProjectCannotBeSetActiveWithoutLoweringItsProgress() {
        fixture.given(created(), progressed(100), new ProjectCompletedEvent(PROJECT_ID, OWNER))
                .when(status(ProjectStatus.ACTIVE))
                .expectException(IllegalStateException.class)
                .expectNoEvents();
    }

    @Test
    void aProjectOnHoldReachingOneHundredIsCompleted() {
        fixture.given(created(), new ProjectStatusChangedEvent(PROJECT_ID, OWNER, ProjectStatus.ON_HOLD))
                .when(new UpdateProjectProgressCommand(PROJECT_ID, OWNER, 100, null))
                .expectEvents(progressed(100), new ProjectCompletedEvent(PROJECT_ID, OWNER));
    }

    @Test
    void deletingRecordsItAndLeavesNothingToChange() {
        fixture.given(created())
                .when(new DeleteProjectCommand(PROJECT_ID, OWNER))
                .expectEvents(new ProjectDeletedEvent(PROJECT_ID, OWNER));
        fixture.given(created(), new ProjectDeletedEvent(PROJECT_ID, OWNER))
                .when(new UpdateProjectProgressCommand(PROJECT_ID, OWNER, 10, null))
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void anotherUserCannotFindTheProjectForAnyChange() {
        fixture.given(created())
                .when(new UpdateProjectProgressCommand(PROJECT_ID, STRANGER, 40, null))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
        fixture.given(created())
                .when(new ChangeProjectCommand(PROJECT_ID, STRANGER, "Mine now", null, null, null, null,
                        STRANGERS_GOAL, STRANGER, false, null, TODAY))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
        fixture.given(created())
                .when(new DeleteProjectCommand(PROJECT_ID, STRANGER))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }
}
