package com.lifeos.projection.habit;

import java.time.Instant;

import com.lifeos.api.habit.HabitChangedEvent;
import com.lifeos.api.habit.HabitCheckInUndoneEvent;
import com.lifeos.api.habit.HabitCheckedInEvent;
import com.lifeos.api.habit.HabitCreatedEvent;
import com.lifeos.api.habit.HabitDeletedEvent;
import com.lifeos.projection.shared.PersonalProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/** Keeps the habit and check-in tables; every handler may see its event twice and changes nothing the second time. */
@Component
@ProcessingGroup("habit")
class HabitProjection extends PersonalProjection<HabitRows> {

    private final CheckInRows checkIns;

    HabitProjection(HabitRows habits, CheckInRows checkIns) {
        super(habits, checkIns);
        this.checkIns = checkIns;
    }

    @EventHandler
    void on(HabitCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.insertIfAbsent(new HabitRow(event.habitId(), event.userId(), event.definition(), sequence, at));
    }

    @EventHandler
    void on(HabitChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.findOwned(event.habitId(), event.userId()).ifPresent(row -> row.apply(event.definition(), sequence, at));
    }

    @EventHandler
    void on(HabitDeletedEvent event) {
        checkIns.deleteByHabit(event.habitId(), event.userId());
        rows.findOwned(event.habitId(), event.userId()).ifPresent(rows::delete);
    }

    @EventHandler
    void on(HabitCheckedInEvent event, @Timestamp Instant at) {
        checkIns.insertIfAbsent(new CheckInRow(event.checkInId(), event.habitId(), event.userId(), event.date(),
                event.zone(), event.notes() == null ? null : event.notes().value(), at));
    }

    @EventHandler
    void on(HabitCheckInUndoneEvent event) {
        checkIns.findOwned(event.checkInId(), event.userId()).ifPresent(checkIns::delete);
    }
}
