package com.lifeos.command.goal;

import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.api.goal.ChangeGoalCommand;
import com.lifeos.api.goal.CreateGoalCommand;
import com.lifeos.api.goal.DeleteGoalCommand;
import com.lifeos.api.goal.GoalChangedEvent;
import com.lifeos.api.goal.GoalCompletedEvent;
import com.lifeos.api.goal.GoalCreatedEvent;
import com.lifeos.api.goal.GoalDeletedEvent;
import com.lifeos.api.goal.GoalPriority;
import com.lifeos.api.goal.GoalProgressUpdatedEvent;
import com.lifeos.api.goal.GoalReopenedEvent;
import com.lifeos.api.goal.GoalStatus;
import com.lifeos.api.goal.GoalStatusChangedEvent;
import com.lifeos.api.goal.UpdateGoalProgressCommand;
import com.lifeos.api.shared.DateBounds;
import com.lifeos.api.shared.PersonalText;
import com.lifeos.shared.time.NotInFuture;
import com.lifeos.command.shared.ProgressRules;
import com.lifeos.command.shared.ProgressingAggregate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A goal and its progress. Reaching 100 % completes it; going below 100 % reopens a completed goal.
 * Its owner may pause, resume or abandon it; completing through the status sets progress to 100. Its start date
 * (when its owner began on it) is never in the owner's future and never after its target date.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotEvery200Events")
class Goal extends ProgressingAggregate<GoalStatus> {

    private static final ProgressRules<GoalStatus> PROGRESS = new ProgressRules<>("goal", GoalStatus.ACTIVE,
            GoalStatus.COMPLETED, GoalProgressUpdatedEvent::new, GoalCompletedEvent::new, GoalReopenedEvent::new,
            GoalStatusChangedEvent::new);

    @AggregateIdentifier
    private UUID goalId;
    @PersonalText
    private String title;
    @PersonalText
    private String description;
    @PersonalText
    private String category;
    private LocalDate targetDate;
    private LocalDate startDate;
    private GoalPriority priority;

    Goal() {
        super(PROGRESS);
    }

    @CommandHandler
    Goal(CreateGoalCommand command) {
        super(PROGRESS);
        NotInFuture.require("start_date", command.startDate(), command.today());
        apply(new GoalCreatedEvent(command.goalId(), command.userId(), command.title(), command.description(),
                command.category(), command.targetDate(), command.priority(), command.startDate()));
    }

    @CommandHandler
    void handle(UpdateGoalProgressCommand command) {
        requireOwner(command.userId(), goalId);
        updateProgress(goalId, command.progress(), command.note());
    }

    @CommandHandler
    void handle(ChangeGoalCommand command) {
        requireOwner(command.userId(), goalId);
        if (command.startDate() != null && !command.startDate().equals(startDate)) {
            NotInFuture.require("start_date", command.startDate(), command.today());
        }
        GoalChangedEvent changed = new GoalChangedEvent(goalId, userId,
                command.title() != null ? command.title() : title,
                command.description() != null ? command.description() : description,
                command.category() != null ? command.category() : category,
                command.targetDate() != null ? command.targetDate() : targetDate,
                command.priority() != null ? command.priority() : priority,
                command.startDate() != null ? command.startDate() : startDate);
        DateBounds.requireInOrder("start_date", changed.startDate(), "target_date", changed.targetDate(),
                command.startDate() == null);
        if (!changed.equals(new GoalChangedEvent(goalId, userId, title, description, category, targetDate, priority,
                startDate))) {
            apply(changed);
        }
        changeStatus(goalId, command.status());
    }

    @CommandHandler
    void handle(DeleteGoalCommand command) {
        delete(command.userId(), goalId, new GoalDeletedEvent(goalId, userId));
    }

    @EventSourcingHandler
    void on(GoalCreatedEvent event) {
        goalId = event.goalId();
        userId = event.userId();
        title = event.title();
        description = event.description();
        category = event.category();
        targetDate = event.targetDate();
        priority = event.priority();
        startDate = event.startDate();
        status = GoalStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(GoalChangedEvent event) {
        title = event.title();
        description = event.description();
        category = event.category();
        targetDate = event.targetDate();
        priority = event.priority();
        startDate = event.startDate();
    }
}
