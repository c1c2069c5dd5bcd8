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
class GoalBoard extends ProgressBoard {

    GoalBoard(DashboardRows rows, ActivityFeed feed) {
        super(Areas.GOALS, "goal", rows, feed);
    }

    @EventHandler
    void on(GoalCreatedEvent e, DomainEventMessage<?> m) {
        create(e.goalId(), e.userId(), m, e.title(), row -> row.status(GoalState.ACTIVE)
                .startDate(e.startDate()).dueDate(e.targetDate()).label(e.category()));
    }

    @EventHandler
    void on(GoalChangedEvent e, DomainEventMessage<?> m) {
        change(e.goalId(), e.userId(), m, e.title(),
                row -> row.startDate(e.startDate()).dueDate(e.targetDate()).label(e.category()));
    }

    @EventHandler
    void on(GoalProgressUpdatedEvent e, DomainEventMessage<?> m) {
        progress(e.goalId(), e.userId(), m, e.progress());
    }

    @EventHandler
    void on(GoalStatusChangedEvent e, DomainEventMessage<?> m) {
        status(e.goalId(), e.userId(), m, GoalState.valueOf(e.status().name()));
    }

    @EventHandler
    void on(GoalCompletedEvent e, DomainEventMessage<?> m) {
        status(e.goalId(), e.userId(), m, GoalState.COMPLETED);
    }

    @EventHandler
    void on(GoalReopenedEvent e, DomainEventMessage<?> m) {
        status(e.goalId(), e.userId(), m, GoalState.ACTIVE);
    }

    @EventHandler
    void on(GoalDeletedEvent e, DomainEventMessage<?> m) {
        delete(e.goalId(), e.userId(), m);
    }
}
