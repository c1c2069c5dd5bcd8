package com.lifeos.api.goal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How a person's goals stand. {@code completionRate} is completed goals over all goals (null with none);
 * each active goal with a target date is judged against the progress expected by today.
 */
public record GoalAnalyticsView(int totalGoals, Map<GoalStatus, Integer> byStatus, Map<String, Integer> byCategory,
                                BigDecimal averageActiveProgress, BigDecimal completionRate,
                                List<Schedule> schedules) {

    /**
     * {@code state}: "on_track", "behind" (more than 10 points below expected) or "overdue", judged from
     * {@code startDate} (the goal's start date, or its creation day when it has none). {@code velocityPerDay} and
     * {@code projectedCompletionDate} need 7 days since the start and 2 progress changes; when either is null for
     * an open goal, {@code projectionReason} says why (else it is null).
     */
    public record Schedule(UUID goalId, String title, LocalDate startDate, LocalDate targetDate, int progress,
                           int expectedProgress, String state, BigDecimal velocityPerDay,
                           LocalDate projectedCompletionDate, String projectionReason) {
    }
}
