package com.lifeos.command.goal;

import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.api.goal.CreateGoalCommand;
import com.lifeos.api.goal.GoalCompletedEvent;
import com.lifeos.api.goal.GoalCreatedEvent;
import com.lifeos.api.goal.GoalPriority;
import com.lifeos.api.goal.ChangeGoalCommand;
import com.lifeos.api.goal.DeleteGoalCommand;
import com.lifeos.api.goal.GoalChangedEvent;
import com.lifeos.api.goal.GoalDeletedEvent;
import com.lifeos.api.goal.GoalProgressUpdatedEvent;
import com.lifeos.api.goal.GoalStatus;
import com.lifeos.api.goal.GoalStatusChangedEvent;
import com.lifeos.api.shared.SealedText;
import com.lifeos.api.goal.GoalReopenedEvent;
import com.lifeos.api.goal.UpdateGoalProgressCommand;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class GoalTest {

    private static final UUID GOAL_ID = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
    private static final UUID OWNER = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID STRANGER = UUID.fromString("00000000-0000-0000-0000-000000000002");
    private static final LocalDate TARGET_DATE = LocalDate.of(2025, 12, 31);
    private static final LocalDate START = LocalDate.of(2025, 3, 1);
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    private AggregateTestFixture<Goal> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Goal.class);
    }

    private static GoalCreatedEvent created() {
        return new GoalCreatedEvent(GOAL_ID, OWNER, "Run a marathon", "Under four hours", "health", TARGET_DATE,
                GoalPriority.HIGH, START);
    }

    private static GoalProgressUpdatedEvent progressed(int progress) {
        return new GoalProgressUpdatedEvent(GOAL_ID, OWNER, progress, null);
    }

    @Test
    void creatingAGoalRecordsIt() {
        fixture.givenNoPriorActivity()
                .when(new CreateGoalCommand(GOAL_ID, OWNER, "Run a marathon", "Under four hours", "health",
                        TARGET_DATE, GoalPriority.HIGH, START, TODAY))
                .expectEvents(created());
    }

    @Test
    void goalWithoutPriorityHasMediumPriority() {
        fixture.givenNoPriorActivity()
                .when(new CreateGoalCommand(GOAL_ID, OWNER, "Learn Italian", null, null, null, null, START, TODAY))
                .expectEvents(new GoalCreatedEvent(GOAL_ID, OWNER, "Learn Italian", null, null, null,
                        GoalPriority.MEDIUM, START));
    }

    @Test
    void aStartDateInTheOwnersFutureIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new CreateGoalCommand(GOAL_ID, OWNER, "Run a marathon", null, null, TARGET_DATE, null,
                        TODAY.plusDays(1), TODAY))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void aStartDateAfterTheTargetDateIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CreateGoalCommand(GOAL_ID, OWNER, "x", null, null,
                START, null, START.plusDays(1), TODAY)).withMessageContaining("start_date");
    }

    @Test
    void movingTheStartDateRecordsItWithTheOtherDetails() {
        fixture.given(created())
                .when(new ChangeGoalCommand(GOAL_ID, OWNER, null, null, null, null, null, null, START.minusMonths(1),
                        TODAY))
                .expectEvents(new GoalChangedEvent(GOAL_ID, OWNER, "Run a marathon", "Under four hours", "health",
                        TARGET_DATE, GoalPriority.HIGH, START.minusMonths(1)));
    }

    @Test
    void aTargetMovedBeforeTheStartIsRefusedNamingTheTarget() {
        fixture.given(created())
                .when(new ChangeGoalCommand(GOAL_ID, OWNER, null, null, null, START.minusDays(1), null, null, null,
                        TODAY))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("target_date must not be before start_date (2025-03-01)")
                .expectNoEvents();
    }

    @Test
    void aGoalFromBeforeStartDatesKeepsNoneUntilOneIsGiven() {
        GoalCreatedEvent stored = new GoalCreatedEvent(GOAL_ID, OWNER, "Run a marathon", null, null, TARGET_DATE,
                GoalPriority.HIGH, null);
        fixture.given(stored)
                .when(new ChangeGoalCommand(GOAL_ID, OWNER, "Run two marathons", null, null, null, null, null, null,
                        TODAY))
                .expectEvents(new GoalChangedEvent(GOAL_ID, OWNER, "Run two marathons", null, null, TARGET_DATE,
                        GoalPriority.HIGH, null));
    }

    @Test
    void updatingProgressRecordsIt() {
        fixture.given(created())
                .when(new UpdateGoalProgressCommand(GOAL_ID, OWNER, 40, null))
                .expectEvents(progressed(40));
    }

    @Test
    void reachingOneHundredPercentCompletesTheGoal() {
        fixture.given(created(), progressed(40))
                .when(new UpdateGoalProgressCommand(GOAL_ID, OWNER, 100, null))
                .expectEvents(progressed(100), new GoalCompletedEvent(GOAL_ID, OWNER));
    }

    @Test
    void goingBelowOneHundredPercentReopensACompletedGoal() {
        fixture.given(created(), progressed(100), new GoalCompletedEvent(GOAL_ID, OWNER))
                .when(new UpdateGoalProgressCommand(GOAL_ID, OWNER, 90, null))
                .expectEvents(progressed(90), new GoalReopenedEvent(GOAL_ID, OWNER));
    }

    @Test
    void sameProgressAgainRecordsNothing() {
        fixture.given(created(), progressed(40))
                .when(new UpdateGoalProgressCommand(GOAL_ID, OWNER, 40, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void progressCannotExceedOneHundredPercent() {
        assertThatIllegalArgumentException().isThrownBy(() -> new UpdateGoalProgressCommand(GOAL_ID, OWNER, 101, null));
    }

    @Test
    void progressCannotBeNegative() {
        assertThatIllegalArgumentException().isThrownBy(() -> new UpdateGoalProgressCommand(GOAL_ID, OWNER, -1, null));
    }

    @Test
    void anotherUserCannotFindTheGoalToUpdate() {
        fixture.given(created())
                .when(new UpdateGoalProgressCommand(GOAL_ID, STRANGER, 40, null))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void progressWithANoteIsRecordedEvenWhenTheNumberStaysTheSame() {
        SealedText note = new SealedText("v1.c2VhbGVk");
        fixture.given(created(), progressed(40))
                .when(new UpdateGoalProgressCommand(GOAL_ID, OWNER, 40, note))
                .expectEvents(new GoalProgressUpdatedEvent(GOAL_ID, OWNER, 40, note));
    }

    @Test
    void changingOnlyTheTitleKeepsTheOtherDetails() {
        fixture.given(created())
                .when(new ChangeGoalCommand(GOAL_ID, OWNER, "Run two marathons", null, null, null, null, null,
                        null, TODAY))
                .expectEvents(new GoalChangedEvent(GOAL_ID, OWNER, "Run two marathons", "Under four hours", "health",
                        TARGET_DATE, GoalPriority.HIGH, START));
    }

    @Test
    void aChangeThatChangesNothingRecordsNothing() {
        fixture.given(created())
                .when(new ChangeGoalCommand(GOAL_ID, OWNER, "Run a marathon", null, null, null, GoalPriority.HIGH,
                        GoalStatus.ACTIVE, null, TODAY))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void pausingAndAbandoningAreStatusChanges() {
        fixture.given(created())
                .when(new ChangeGoalCommand(GOAL_ID, OWNER, null, null, null, null, null, GoalStatus.PAUSED,
                        null, TODAY))
                .expectEvents(new GoalStatusChangedEvent(GOAL_ID, OWNER, GoalStatus.PAUSED));
        fixture.given(created(), new GoalStatusChangedEvent(GOAL_ID, OWNER, GoalStatus.PAUSED))
                .when(new ChangeGoalCommand(GOAL_ID, OWNER, null, null, null, null, null, GoalStatus.ABANDONED,
                        null, TODAY))
                .expectEvents(new GoalStatusChangedEvent(GOAL_ID, OWNER, GoalStatus.ABANDONED));
    }

    @Test
    void completingThroughTheStatusSetsProgressToOneHundred() {
        fixture.given(created(), progressed(70))
                .when(new ChangeGoalCommand(GOAL_ID, OWNER, null, null, null, null, null, GoalStatus.COMPLETED,
                        null, TODAY))
                .expectEvents(progressed(100), new GoalCompletedEvent(GOAL_ID, OWNER));
    }

    @Test
    void aCompletedGoalCannotBeSetActiveWithoutLoweringItsProgress() {
        fixture.given(created(), progressed(100), new GoalCompletedEvent(GOAL_ID, OWNER))
                .when(new ChangeGoalCommand(GOAL_ID, OWNER, null, null, null, null, null, GoalStatus.ACTIVE,
                        null, TODAY))
                .expectException(IllegalStateException.class)
                .expectNoEvents();
    }

    @Test
    void aPausedGoalReachingOneHundredIsCompleted() {
        fixture.given(created(), new GoalStatusChangedEvent(GOAL_ID, OWNER, GoalStatus.PAUSED))
                .when(new UpdateGoalProgressCommand(GOAL_ID, OWNER, 100, null))
                .expectEvents(progressed(100), new GoalCompletedEvent(GOAL_ID, OWNER));
    }

    @Test
    void deletingRecordsItAndLeavesNothingToChange() {
        fixture.given(created())
                .when(new DeleteGoalCommand(GOAL_ID, OWNER))
                .expectEvents(new GoalDeletedEvent(GOAL_ID, OWNER));
        fixture.given(created(), new GoalDeletedEvent(GOAL_ID, OWNER))
                .when(new UpdateGoalProgressCommand(GOAL_ID, OWNER, 10, null))
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void anotherUserCannotChangeOrDeleteTheGoal() {
        fixture.given(created())
                .when(new ChangeGoalCommand(GOAL_ID, STRANGER, "Mine now", null, null, null, null, null, null, TODAY))
                .expectException(AggregateNotFoundException.class);
        fixture.given(created())
                .when(new DeleteGoalCommand(GOAL_ID, STRANGER))
                .expectException(AggregateNotFoundException.class);
    }
}
