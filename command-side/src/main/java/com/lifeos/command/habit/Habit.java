package com.lifeos.command.habit;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import com.lifeos.api.habit.ChangeHabitCommand;
import com.lifeos.api.habit.CheckInHabitCommand;
import com.lifeos.api.habit.CreateHabitCommand;
import com.lifeos.api.habit.DeleteHabitCommand;
import com.lifeos.api.habit.HabitChangedEvent;
import com.lifeos.api.habit.HabitCheckInUndoneEvent;
import com.lifeos.api.habit.HabitCheckedInEvent;
import com.lifeos.api.habit.HabitCreatedEvent;
import com.lifeos.api.habit.HabitDefinition;
import com.lifeos.api.habit.HabitDeletedEvent;
import com.lifeos.api.habit.UndoHabitCheckInCommand;
import com.lifeos.command.shared.OwnedAggregate;
import com.lifeos.shared.time.NotInFuture;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A habit and its check-ins. Rules: one check-in per local date, never in the future,
 * only the owner may touch it. Fields are visible to Jackson so the aggregate can be snapshotted.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotEvery200Events")
class Habit extends OwnedAggregate {

    @AggregateIdentifier
    private UUID habitId;
    private HabitDefinition definition;
    private Map<UUID, LocalDate> checkIns = new HashMap<>();
    private Set<LocalDate> checkedInDates = new HashSet<>();

    Habit() {
    }

    @CommandHandler
    Habit(CreateHabitCommand command) {
        apply(new HabitCreatedEvent(command.habitId(), command.userId(), command.definition()));
    }

    @CommandHandler
    void handle(ChangeHabitCommand command) {
        requireOwner(command.userId(), habitId);
        HabitDefinition changed = new HabitDefinition(
                command.title() != null ? command.title() : definition.title(),
                command.description() != null ? command.description() : definition.description(),
                command.category() != null ? command.category() : definition.category(),
                command.frequency() != null ? command.frequency() : definition.frequency(),
                command.targetPerWeek() != null ? command.targetPerWeek() : definition.targetPerWeek(),
                command.daysOfWeek() != null ? command.daysOfWeek() : definition.daysOfWeek(),
                command.reminderTime() != null ? command.reminderTime() : definition.reminderTime(),
                command.active() != null ? command.active() : definition.active());
        if (!changed.equals(definition)) {
            apply(new HabitChangedEvent(habitId, userId, changed));
        }
    }

    @CommandHandler
    void handle(DeleteHabitCommand command) {
        delete(command.userId(), habitId, new HabitDeletedEvent(habitId, userId));
    }

    @CommandHandler
    void handle(CheckInHabitCommand command) {
        requireOwner(command.userId(), habitId);
        NotInFuture.require("date", command.date(), command.today());
        if (checkIns.containsKey(command.checkInId())) {
            if (Objects.equals(checkIns.get(command.checkInId()), command.date())) {
                return;
            }
            throw new IllegalStateException("check-in " + command.checkInId() + " already exists for another date");
        }
        if (checkedInDates.contains(command.date())) {
            throw new IllegalStateException("already checked in on " + command.date());
        }
        apply(new HabitCheckedInEvent(habitId, userId, command.checkInId(), command.date(), command.zone(),
                command.notes()));
    }

    @CommandHandler
    void handle(UndoHabitCheckInCommand command) {
        requireOwner(command.userId(), habitId);
        LocalDate date = checkIns.get(command.checkInId());
        if (date == null) {
            throw new org.axonframework.modelling.command.AggregateNotFoundException(
                    String.valueOf(command.checkInId()), "No such check-in: " + command.checkInId());
        }
        apply(new HabitCheckInUndoneEvent(habitId, userId, command.checkInId(), date));
    }

    @EventSourcingHandler
    void on(HabitCreatedEvent event) {
        habitId = event.habitId();
        userId = event.userId();
        definition = event.definition();
    }

    @EventSourcingHandler
    void on(HabitChangedEvent event) {
        definition = event.definition();
    }

    @EventSourcingHandler
    void on(HabitCheckedInEvent event) {
        checkIns.put(event.checkInId(), event.date());
        checkedInDates.add(event.date());
    }

    @EventSourcingHandler
    void on(HabitCheckInUndoneEvent event) {
        checkIns.remove(event.checkInId());
        checkedInDates.remove(event.date());
    }
}
