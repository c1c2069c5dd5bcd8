package com.lifeos.command.goal;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.lifeos.api.goal.CreateGoalCommand;
import com.lifeos.api.goal.GoalCompletedEvent;
import com.lifeos.api.goal.GoalCreatedEvent;
import com.lifeos.api.goal.GoalProgressUpdatedEvent;
import com.lifeos.api.goal.GoalReopenedEvent;
import com.lifeos.api.goal.UpdateGoalProgressCommand;
import com.lifeos.command.shared.Ownership;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A goal and its progress. Reaching 100 % completes it; going below 100 % reopens a completed goal. */
@Aggregate(snapshotTriggerDefinition = "snapshotEvery200Events")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class Goal {

    private static final int DONE = 100;

    @AggregateIdentifier
    private UUID goalId;
    private UUID userId;
    private int progress;
    private boolean completed;

    Goal() {
    }

    @CommandHandler
    Goal(CreateGoalCommand command) {
        apply(new GoalCreatedEvent(command.goalId(), command.userId(), command.title(), command.description(),
                command.category(), command.targetDate(), command.priority()));
    }

    @CommandHandler
    void handle(UpdateGoalProgressCommand command) {
        Ownership.requireOwner(userId, command.userId(), goalId);
        if (command.progress() == progress) {
            return;
        }
        apply(new GoalProgressUpdatedEvent(goalId, userId, command.progress()));
        if (command.progress() == DONE && !completed) {
            apply(new GoalCompletedEvent(goalId, userId));
        } else if (command.progress() < DONE && completed) {
            apply(new GoalReopenedEvent(goalId, userId));
        }
    }

    @EventSourcingHandler
    void on(GoalCreatedEvent event) {
        goalId = event.goalId();
        userId = event.userId();
    }

    @EventSourcingHandler
    void on(GoalProgressUpdatedEvent event) {
        progress = event.progress();
    }

    @EventSourcingHandler
    void on(GoalCompletedEvent event) {
        completed = true;
    }

    @EventSourcingHandler
    void on(GoalReopenedEvent event) {
        completed = false;
    }
}
