package com.lifeos.query.habit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.lifeos.api.habit.CheckInView;
import com.lifeos.api.habit.FindCheckInQuery;
import com.lifeos.api.habit.FindHabitAnalyticsQuery;
import com.lifeos.api.habit.FindHabitQuery;
import com.lifeos.api.habit.FindHabitStreaksQuery;
import com.lifeos.api.habit.HabitAnalyticsView;
import com.lifeos.api.habit.HabitPage;
import com.lifeos.api.habit.HabitStreakView;
import com.lifeos.api.habit.HabitStreaksView;
import com.lifeos.api.habit.HabitView;
import com.lifeos.api.habit.ListHabitsQuery;
import com.lifeos.api.shared.SealedText;
import com.lifeos.api.shared.UserCalendar;
import com.lifeos.projection.habit.CheckInRows;
import com.lifeos.projection.habit.HabitRow;
import com.lifeos.projection.habit.HabitRows;
import com.lifeos.query.shared.Filters;
import com.lifeos.query.shared.Pages;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** Answers habit queries from the "habit" group's tables; streaks and rates are computed for the asker's today. */
@Component
class HabitQueryHandler {

    private static final Sort OLDEST_FIRST = Sort.by(Sort.Order.asc("createdAt"), Sort.Order.asc("id"));

    private final HabitRows habits;
    private final CheckInRows checkIns;

    HabitQueryHandler(HabitRows habits, CheckInRows checkIns) {
        this.habits = habits;
        this.checkIns = checkIns;
    }

    @QueryHandler
    Optional<HabitView> handle(FindHabitQuery query) {
        return habits.findByIdAndUserId(query.habitId(), query.userId())
                .map(row -> view(row, datesByHabit(query.userId(), List.of(row.id())), query.calendar()));
    }

    @QueryHandler
    HabitPage handle(ListHabitsQuery query) {
        return Pages.ofRows(habits, Filters.ownedBy(HabitRow.class, query.userId())
                        .equal("active", query.active())
                        .equal("category", query.category())
                        .toSpecification(),
                query.page(), OLDEST_FIRST, page -> views(page, query.userId(), query.calendar()), HabitPage::new);
    }

    @QueryHandler
    Optional<CheckInView> handle(FindCheckInQuery query) {
        return checkIns.findById(query.checkInId())
                .filter(row -> row.userId().equals(query.userId()) && row.habitId().equals(query.habitId()))
                .map(row -> new CheckInView(row.id(), row.habitId(), row.date(), row.checkedInAt(),
                        row.notes() == null ? null : new SealedText(row.notes())));
    }

    @QueryHandler
    HabitStreaksView handle(FindHabitStreaksQuery query) {
        List<HabitRow> rows = habits.findByUserIdOrderByCreatedAtAscIdAsc(query.userId());
        Map<UUID, List<LocalDate>> dates = datesByHabit(query.userId(), rows.stream().map(HabitRow::id).toList());
        return new HabitStreaksView(rows.stream().map(row -> {
            Streak streak = streakOf(row, dates, query.calendar());
            return new HabitStreakView(row.id(), row.title(), row.frequency(), streak.current(), streak.longest(),
                    streak.unit() == StreakUnit.WEEKS ? "weeks" : "days", streak.lastCheckinDate());
        }).toList());
    }

    @QueryHandler
    HabitAnalyticsView handle(FindHabitAnalyticsQuery query) {
        UserCalendar calendar = query.calendar();
        List<HabitRow> rows = habits.findByUserIdOrderByCreatedAtAscIdAsc(query.userId());
        Map<UUID, List<LocalDate>> dates = datesByHabit(query.userId(), rows.stream().map(HabitRow::id).toList());
        List<HabitAnalyticsView.PerHabit> perHabit = new ArrayList<>();
        List<LocalDate> everyCheckIn = new ArrayList<>();
        int due = 0;
        int met = 0;
        for (HabitRow row : rows) {
            List<LocalDate> own = dates.getOrDefault(row.id(), List.of());
            LocalDate createdOn = row.createdAt().atZone(calendar.zone()).toLocalDate();
            LocalDate activeSince = own.stream().min(LocalDate::compareTo)
                    .filter(first -> first.isBefore(createdOn)).orElse(createdOn);
            Completion completion = HabitCompletion.completion(rhythmOf(row, calendar), own, query.from(),
                    query.to(), activeSince, calendar.today());
            List<LocalDate> inRange = own.stream()
                    .filter(d -> !d.isBefore(query.from()) && !d.isAfter(query.to())).toList();
            everyCheckIn.addAll(inRange);
            due += completion.duePeriods();
            met += completion.metPeriods();
            perHabit.add(new HabitAnalyticsView.PerHabit(row.id(), row.title(), row.frequency(),
                    completion.duePeriods(), completion.metPeriods(), completion.rate(), inRange.size(),
                    series(inRange, query), CheckinSeries.byWeekday(inRange, query.from(), query.to())));
        }
        Completion overall = Completion.of(due, met);
        return new HabitAnalyticsView(query.from(), query.to(), new HabitAnalyticsView.Overall(due, met,
                overall.rate(), everyCheckIn.size(), series(everyCheckIn, query),
                CheckinSeries.byWeekday(everyCheckIn, query.from(), query.to())), perHabit);
    }

    private static List<HabitAnalyticsView.DailyCount> series(Collection<LocalDate> dates,
                                                              FindHabitAnalyticsQuery query) {
        return CheckinSeries.perDay(dates, query.from(), query.to()).stream()
                .map(day -> new HabitAnalyticsView.DailyCount(day.date(), day.count())).toList();
    }

    private Map<UUID, List<LocalDate>> datesByHabit(UUID userId, Collection<UUID> habitIds) {
        Map<UUID, List<LocalDate>> byHabit = new HashMap<>();
        if (habitIds.isEmpty()) {
            return byHabit;
        }
        for (Object[] pair : checkIns.datesOf(userId, habitIds)) {
            byHabit.computeIfAbsent((UUID) pair[0], id -> new ArrayList<>()).add((LocalDate) pair[1]);
        }
        return byHabit;
    }

    /** The habits' views, their streaks counted from one read of all their check-in days. */
    private List<HabitView> views(List<HabitRow> rows, UUID userId, UserCalendar calendar) {
        Map<UUID, List<LocalDate>> dates = datesByHabit(userId, rows.stream().map(HabitRow::id).toList());
        return rows.stream().map(row -> view(row, dates, calendar)).toList();
    }

    private static HabitView view(HabitRow row, Map<UUID, List<LocalDate>> dates, UserCalendar calendar) {
        Streak streak = streakOf(row, dates, calendar);
        return new HabitView(row.id(), row.title(), row.description(), row.category(), row.frequency(),
                row.targetPerWeek(), row.daysOfWeek(),
                row.reminderTime(), row.active(), streak.current(),
                streak.longest(), row.createdAt(), row.updatedAt());
    }

    private static Streak streakOf(HabitRow row, Map<UUID, List<LocalDate>> dates, UserCalendar calendar) {
        return StreakCalculator.compute(rhythmOf(row, calendar), dates.getOrDefault(row.id(), List.of()),
                calendar.today());
    }

    private static HabitRhythm rhythmOf(HabitRow row, UserCalendar calendar) {
        return new HabitRhythm(row.frequency(), row.targetPerWeek() == null ? 1 : row.targetPerWeek(),
                row.daysOfWeekSet(), calendar.weekStart());
    }
}
