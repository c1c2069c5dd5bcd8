package com.lifeos.query.goal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import com.lifeos.api.goal.FindGoalAnalyticsQuery;
import com.lifeos.api.goal.FindGoalProgressHistoryQuery;
import com.lifeos.api.goal.FindGoalQuery;
import com.lifeos.api.goal.GoalAnalyticsView;
import com.lifeos.api.goal.GoalPage;
import com.lifeos.api.goal.GoalProgressHistoryView;
import com.lifeos.api.goal.GoalSort;
import com.lifeos.api.goal.GoalStatus;
import com.lifeos.api.goal.GoalView;
import com.lifeos.api.goal.ListGoalsQuery;
import com.lifeos.api.shared.SealedText;
import com.lifeos.projection.goal.GoalProgressRow;
import com.lifeos.projection.goal.GoalProgressRows;
import com.lifeos.projection.goal.GoalRow;
import com.lifeos.projection.goal.GoalRows;
import com.lifeos.query.shared.OwnedRowViews;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

@Component
class GoalQueryHandler extends OwnedRowViews<GoalRows, GoalRow, GoalView> {

    private final GoalProgressRows progress;

    GoalQueryHandler(GoalRows goals, GoalProgressRows progress) {
        super(goals, GoalRow.class);
        this.progress = progress;
    }

    @QueryHandler
    Optional<GoalView> handle(FindGoalQuery query) {
        return find(query.goalId(), query.userId());
    }

    @QueryHandler
    GoalPage handle(ListGoalsQuery query) {
        return page(ownedBy(query.userId())
                        .equal("status", query.status())
                        .equal("category", query.category())
                        .equal("priority", query.priority()),
                query.page(), sortOf(query.sort()), GoalPage::new);
    }

    @QueryHandler
    Optional<GoalProgressHistoryView> handle(FindGoalProgressHistoryQuery query) {
        return rows().findByIdAndUserId(query.goalId(), query.userId()).map(goal -> new GoalProgressHistoryView(
                progress.findByGoalIdAndUserIdOrderBySequenceAsc(query.goalId(), query.userId()).stream()
                        .map(row -> new GoalProgressHistoryView.Entry(row.progress(),
                                row.note() == null ? null : new SealedText(row.note()), row.recordedAt()))
                        .toList()));
    }

    @QueryHandler
    GoalAnalyticsView handle(FindGoalAnalyticsQuery query) {
        List<GoalRow> goals = rows().findByUserId(query.userId());
        Map<GoalStatus, Integer> byStatus = new EnumMap<>(GoalStatus.class);
        for (GoalStatus status : GoalStatus.values()) {
            byStatus.put(status, 0);
        }
        Map<String, Integer> byCategory = new TreeMap<>();
        for (GoalRow row : goals) {
            byStatus.merge(row.status(), 1, Integer::sum);
            byCategory.merge(row.category() == null ? "uncategorized" : row.category(), 1, Integer::sum);
        }
        List<GoalRow> active = goals.stream().filter(row -> row.status() == GoalStatus.ACTIVE).toList();
        BigDecimal averageActive = active.isEmpty() ? null : BigDecimal.valueOf(
                active.stream().mapToInt(GoalRow::progress).sum()).divide(BigDecimal.valueOf(active.size()), 2,
                RoundingMode.HALF_UP);
        BigDecimal completionRate = goals.isEmpty() ? null : BigDecimal.valueOf(byStatus.get(GoalStatus.COMPLETED))
                .divide(BigDecimal.valueOf(goals.size()), 4, RoundingMode.HALF_UP);
        return new GoalAnalyticsView(goals.size(), byStatus, byCategory, averageActive, completionRate,
                schedules(query, active));
    }

    private List<GoalAnalyticsView.Schedule> schedules(FindGoalAnalyticsQuery query, List<GoalRow> active) {
        List<GoalRow> dated = active.stream().filter(row -> row.targetDate() != null).toList();
        if (dated.isEmpty()) {
            return List.of();
        }
        ZoneId zone = query.calendar().zone();
        Map<UUID, List<ProgressPoint>> history = progress
                .findByUserIdAndGoalIdInOrderBySequenceAsc(query.userId(), dated.stream().map(GoalRow::id).toList())
                .stream().collect(Collectors.groupingBy(GoalProgressRow::goalId, Collectors.mapping(
                        row -> ProgressPoint.of(row.recordedAt(), zone, row.progress()),
                        Collectors.toList())));
        List<GoalAnalyticsView.Schedule> schedules = new ArrayList<>();
        for (GoalRow row : dated) {
            LocalDate startedOn = GoalSchedule.startedOn(row.startDate(), row.createdAt(), zone);
            GoalSchedule.Judgement judgement = GoalSchedule.judge(startedOn, row.targetDate(), row.progress(),
                    history.getOrDefault(row.id(), List.of()), query.calendar().today());
            schedules.add(new GoalAnalyticsView.Schedule(row.id(), row.title(), startedOn, row.targetDate(),
                    row.progress(), judgement.expectedProgress(), judgement.state(), judgement.velocityPerDay(),
                    judgement.projectedCompletionDate(), judgement.projectionReason()));
        }
        return schedules;
    }

    private static Sort sortOf(GoalSort sort) {
        return switch (sort == null ? GoalSort.CREATED_AT : sort) {
            case CREATED_AT -> Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id"));
            case TARGET_DATE -> Sort.by(Sort.Order.asc("targetDate").nullsLast(), Sort.Order.asc("id"));
            case PRIORITY -> Sort.by(Sort.Order.asc("priorityRank"), Sort.Order.desc("createdAt"), Sort.Order.asc("id"));
        };
    }

    @Override
    protected GoalView view(GoalRow row) {
        return new GoalView(row.id(), row.title(), row.description(), row.category(), row.startDate(),
                row.targetDate(),
                row.progress(), row.status(), row.priority(), row.createdAt(), row.updatedAt());
    }
}
