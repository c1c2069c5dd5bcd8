package com.lifeos.projection.dashboard;

import com.lifeos.api.goal.GoalChangedEvent;
import com.lifeos.api.goal.GoalCompletedEvent;
import com.lifeos.api.goal.GoalCreatedEvent;
import com.lifeos.api.goal.GoalDeletedEvent;
import com.lifeos.api.goal.GoalProgressUpdatedEvent;
import com.lifeos.api.goal.GoalReopenedEvent;
import com.lifeos.api.goal.GoalStatusChangedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** Goals on the dashboard: title, category, schedule, progress and state. */
@Component
@ProcessingGroup(Areas.GROUP)
class GoalBoard {

    private final Progress goals;

    GoalBoard(Progress goals) {
        this.goals = goals;
    }

    @EventHandler
    void on(GoalCreatedEvent e, DomainEventMessage<?> m) {
        goals.create(Areas.GOALS, "goal", e.goalId(), e.userId(), m, e.title(), row -> row.status(GoalState.ACTIVE)
                .startDate(e.startDate()).dueDate(e.targetDate()).label(e.category()));
    }

    @EventHandler
    void on(GoalChangedEvent e, DomainEventMessage<?> m) {
        goals.change(Areas.GOALS, e.goalId(), e.userId(), m, e.title(),
                row -> row.startDate(e.startDate()).dueDate(e.targetDate()).label(e.category()));
    }

    @EventHandler
    void on(GoalProgressUpdatedEvent e, DomainEventMessage<?> m) {
        goals.progress(Areas.GOALS, e.goalId(), e.userId(), m, e.progress());
    }

    @EventHandler
    void on(GoalStatusChangedEvent e, DomainEventMessage<?> m) {
        goals.status(Areas.GOALS, e.goalId(), e.userId(), m, GoalState.valueOf(e.status().name()));
    }

    @EventHandler
    void on(GoalCompletedEvent e, DomainEventMessage<?> m) {
        goals.status(Areas.GOALS, e.goalId(), e.userId(), m, GoalState.COMPLETED);
    }

    @EventHandler
    void on(GoalReopenedEvent e, DomainEventMessage<?> m) {
        goals.status(Areas.GOALS, e.goalId(), e.userId(), m, GoalState.ACTIVE);
    }

    @EventHandler
    void on(GoalDeletedEvent e, DomainEventMessage<?> m) {
        goals.delete(Areas.GOALS, e.goalId(), e.userId(), m);
    }
}
