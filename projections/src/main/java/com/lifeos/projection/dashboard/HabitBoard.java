package com.lifeos.projection.dashboard;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.stream.Collectors;

import com.lifeos.api.habit.HabitChangedEvent;
import com.lifeos.api.habit.HabitCheckInUndoneEvent;
import com.lifeos.api.habit.HabitCheckedInEvent;
import com.lifeos.api.habit.HabitCreatedEvent;
import com.lifeos.api.habit.HabitDefinition;
import com.lifeos.api.habit.HabitDeletedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** Habits on the dashboard: each habit's rhythm and state, and every check-in as a dated fact. */
@Component
@ProcessingGroup(Areas.GROUP)
class HabitBoard extends Board {

    HabitBoard(DashboardRows rows, ActivityFeed feed) {
        super(rows, feed);
    }

    @EventHandler
    void on(HabitCreatedEvent e, DomainEventMessage<?> m) {
        rows.create(e.habitId(), e.userId(), Areas.HABITS, "habit", m, row -> habit(row, e.definition()));
        feed.tell(m, e.userId(), Areas.HABITS, e.habitId(), line -> line.title(e.definition().title()));
    }

    @EventHandler
    void on(HabitChangedEvent e, DomainEventMessage<?> m) {
        rows.change(e.habitId(), e.userId(), m, row -> habit(row, e.definition()));
        feed.tell(m, e.userId(), Areas.HABITS, e.habitId(), line -> line.title(e.definition().title()));
    }

    /** A back-filled check-in before the habit was created shows it was kept before: it is active since then. */
    @EventHandler
    void on(HabitCheckedInEvent e, DomainEventMessage<?> m) {
        rows.change(e.habitId(), e.userId(), m, row -> {
            if (row.startDate() == null || e.date().isBefore(row.startDate())) {
                row.startDate(e.date());
            }
        });
        rows.fact(e.checkInId(), e.userId(), Areas.HABITS, e.habitId(), m,
                row -> row.kind("check_in").amount(BigDecimal.ONE).on(e.date(), m.getTimestamp()));
        feed.tell(m, e.userId(), Areas.HABITS, e.habitId(), line -> line.title(rows.titleOf(e.habitId(), e.userId()))
                .on(e.date(), e.zone()));
    }

    @EventHandler
    void on(HabitCheckInUndoneEvent e, DomainEventMessage<?> m) {
        rows.removeFact(e.checkInId(), e.userId());
        feed.tell(m, e.userId(), Areas.HABITS, e.habitId(), line -> line.title(rows.titleOf(e.habitId(), e.userId()))
                .on(e.date(), null));
    }

    @EventHandler
    void on(HabitDeletedEvent e, DomainEventMessage<?> m) {
        rows.delete(e.habitId(), e.userId(), m);
        feed.tell(m, e.userId(), Areas.HABITS, e.habitId(), line -> line.title(rows.titleOf(e.habitId(),
                e.userId())));
    }

    private static void habit(SubjectRow row, HabitDefinition definition) {
        String days = definition.daysOfWeek().stream().map(DayOfWeek::name).sorted()
                .collect(Collectors.joining(","));
        row.title(definition.title()).label(definition.category())
                .status(definition.active() ? HabitState.ACTIVE : HabitState.INACTIVE)
                .rhythm(definition.frequency().name(), definition.targetPerWeek(), days.isEmpty() ? null : days);
    }
}
