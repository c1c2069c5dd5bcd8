package com.lifeos.projection.goal;

import java.time.Instant;

import com.lifeos.api.goal.GoalChangedEvent;
import com.lifeos.api.goal.GoalCompletedEvent;
import com.lifeos.api.goal.GoalCreatedEvent;
import com.lifeos.api.goal.GoalDeletedEvent;
import com.lifeos.api.goal.GoalProgressUpdatedEvent;
import com.lifeos.api.goal.GoalReopenedEvent;
import com.lifeos.api.goal.GoalStatus;
import com.lifeos.api.goal.GoalStatusChangedEvent;
import com.lifeos.projection.shared.PersonalProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/** Keeps the goal table and each goal's progress history; every handler is safe to apply twice. */
@Component
@ProcessingGroup("goal")
class GoalProjection extends PersonalProjection<GoalRows> {

    private final GoalProgressRows progress;

    GoalProjection(GoalRows goals, GoalProgressRows progress) {
        super(goals, progress);
        this.progress = progress;
    }

    @EventHandler
    void on(GoalCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.insertIfAbsent(new GoalRow(event, sequence, at));
    }

    @EventHandler
    void on(GoalChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.findOwned(event.goalId(), event.userId()).ifPresent(row -> row.details(event, sequence, at));
    }

    @EventHandler
    void on(GoalProgressUpdatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.findOwned(event.goalId(), event.userId()).ifPresent(row -> row.progress(event.progress(), sequence, at));
        progress.insertIfAbsent(new GoalProgressRow(event.goalId(), sequence, event.userId(), event.progress(),
                event.note() == null ? null : event.note().value(), at));
    }

    @EventHandler
    void on(GoalCompletedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.findOwned(event.goalId(), event.userId())
                .ifPresent(row -> row.status(GoalStatus.COMPLETED, sequence, at));
    }

    @EventHandler
    void on(GoalReopenedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.findOwned(event.goalId(), event.userId()).ifPresent(row -> row.status(GoalStatus.ACTIVE, sequence, at));
    }

    @EventHandler
    void on(GoalStatusChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.findOwned(event.goalId(), event.userId()).ifPresent(row -> row.status(event.status(), sequence, at));
    }

    @EventHandler
    void on(GoalDeletedEvent event) {
        progress.deleteByGoal(event.goalId(), event.userId());
        rows.findOwned(event.goalId(), event.userId()).ifPresent(rows::delete);
    }
}
