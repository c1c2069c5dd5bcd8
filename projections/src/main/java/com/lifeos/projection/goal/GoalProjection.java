package com.lifeos.projection.goal;

import java.time.Instant;

import com.lifeos.api.goal.GoalCompletedEvent;
import com.lifeos.api.goal.GoalCreatedEvent;
import com.lifeos.api.goal.GoalProgressUpdatedEvent;
import com.lifeos.api.goal.GoalReopenedEvent;
import com.lifeos.api.goal.GoalStatus;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup("goals")
class GoalProjection {

    private final GoalRows goals;

    GoalProjection(GoalRows goals) {
        this.goals = goals;
    }

    @EventHandler
    void on(GoalCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (!goals.existsById(event.goalId())) {
            goals.save(new GoalRow(event, sequence, at));
        }
    }

    @EventHandler
    void on(GoalProgressUpdatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        goals.findById(event.goalId()).ifPresent(row -> row.progress(event.progress(), sequence, at));
    }

    @EventHandler
    void on(GoalCompletedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        goals.findById(event.goalId()).ifPresent(row -> row.status(GoalStatus.COMPLETED, sequence, at));
    }

    @EventHandler
    void on(GoalReopenedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        goals.findById(event.goalId()).ifPresent(row -> row.status(GoalStatus.ACTIVE, sequence, at));
    }

    @ResetHandler
    void reset() {
        goals.deleteAllInBatch();
    }
}
