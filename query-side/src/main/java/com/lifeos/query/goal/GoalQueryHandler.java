package com.lifeos.query.goal;

import java.util.Optional;

import com.lifeos.api.goal.FindGoalQuery;
import com.lifeos.api.goal.GoalView;
import com.lifeos.projection.goal.GoalRow;
import com.lifeos.projection.goal.GoalRows;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

@Component
class GoalQueryHandler {

    private final GoalRows goals;

    GoalQueryHandler(GoalRows goals) {
        this.goals = goals;
    }

    @QueryHandler
    Optional<GoalView> handle(FindGoalQuery query) {
        return goals.findByIdAndUserId(query.goalId(), query.userId()).map(GoalQueryHandler::view);
    }

    static GoalView view(GoalRow row) {
        return new GoalView(row.id(), row.title(), row.description(), row.category(), row.targetDate(),
                row.progress(), row.status(), row.priority(), row.createdAt(), row.updatedAt());
    }
}
