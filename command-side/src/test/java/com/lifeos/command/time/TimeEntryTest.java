package com.lifeos.command.time;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.api.time.ChangeTimeEntryCommand;
import com.lifeos.api.time.CreateTimeEntryCommand;
import com.lifeos.api.time.DeleteTimeEntryCommand;
import com.lifeos.api.time.TimeEntryChangedEvent;
import com.lifeos.api.time.TimeEntryCreatedEvent;
import com.lifeos.api.time.TimeEntryDeletedEvent;
import com.lifeos.api.time.TimeEntryTiming;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TimeEntryTest {

    private static final UUID ENTRY = UUID.fromString("00000000-0000-0000-0000-0000000000f1");
    private static final UUID OWNER = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID STRANGER = UUID.fromString("00000000-0000-0000-0000-000000000002");
    private static final String TOKYO = "Asia/Tokyo";
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    /** 23:30 in Tokyo on 9 March, 14:30 UTC. */
    private static final Instant START = Instant.parse("2026-03-09T14:30:00Z");
    private static final Instant END = Instant.parse("2026-03-09T16:00:00Z");

    private AggregateTestFixture<TimeEntry> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(TimeEntry.class);
    }

    private static TimeEntryCreatedEvent timed() {
        return new TimeEntryCreatedEvent(ENTRY, OWNER, "Writing", "work", START, END, 90, 7,
                LocalDate.of(2026, 3, 9), TOKYO);
    }

    private static TimeEntryCreatedEvent durationOnly() {
        return new TimeEntryCreatedEvent(ENTRY, OWNER, "Reading", null, null, null, 45, null,
                LocalDate.of(2026, 3, 8), TOKYO);
    }

    private static ChangeTimeEntryCommand change(Instant start, Instant end, Integer duration, boolean clearTimes,
                                                 LocalDate date) {
        return new ChangeTimeEntryCommand(ENTRY, OWNER, null, null, start, end, duration, clearTimes, null, date,
                TOKYO, TODAY);
    }

    @Test
    void anEntryWithTimesBelongsToTheLocalDateOfItsStart() {
        fixture.givenNoPriorActivity()
                .when(new CreateTimeEntryCommand(ENTRY, OWNER, "Writing", "work", TimeEntryTiming.of(START, END, null),
                        7, null, TOKYO, TODAY))
                .expectEvents(timed());
    }

    @Test
    void anEntryWithADurationAloneKeepsTheDateItWasGiven() {
        fixture.givenNoPriorActivity()
                .when(new CreateTimeEntryCommand(ENTRY, OWNER, "Reading", null, TimeEntryTiming.of(null, null, 45),
                        null, LocalDate.of(2026, 3, 8), TOKYO, TODAY))
                .expectEvents(durationOnly());
    }

    @Test
    void cannotDateAnEntryWithTimesOtherThanItsStart() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CreateTimeEntryCommand(ENTRY, OWNER, "Writing",
                        null, TimeEntryTiming.of(START, END, null), null, LocalDate.of(2026, 3, 10), TOKYO, TODAY))
                .withMessageContaining("date must be the local date of start_time (2026-03-09)");
    }

    @Test
    void cannotRecordAnEntryAfterToday() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CreateTimeEntryCommand(ENTRY, OWNER, "Reading",
                        null, TimeEntryTiming.of(null, null, 30), null, TODAY.plusDays(1), TOKYO, TODAY))
                .withMessageContaining("date must not be in the future");
    }

    @Test
    void cannotScoreOutsideOneToTen() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CreateTimeEntryCommand(ENTRY, OWNER, "Reading",
                        null, TimeEntryTiming.of(null, null, 30), 11, TODAY, TOKYO, TODAY))
                .withMessageContaining("productivity_score");
    }

    @Test
    void movingTheEndReDerivesTheDuration() {
        Instant laterEnd = Instant.parse("2026-03-09T16:40:00Z");
        fixture.given(timed())
                .when(change(null, laterEnd, null, false, null))
                .expectEvents(new TimeEntryChangedEvent(ENTRY, OWNER, "Writing", "work", START, laterEnd, 130, 7,
                        LocalDate.of(2026, 3, 9), TOKYO));
    }

    @Test
    void movingTheStartPastMidnightMovesTheDate() {
        Instant afterMidnight = Instant.parse("2026-03-09T15:10:00Z");
        fixture.given(timed())
                .when(change(afterMidnight, null, null, false, null))
                .expectEvents(new TimeEntryChangedEvent(ENTRY, OWNER, "Writing", "work", afterMidnight, END, 50, 7,
                        LocalDate.of(2026, 3, 10), TOKYO));
    }

    @Test
    void cannotChangeOnlyTheDurationOfAnEntryWithTimes() {
        fixture.given(timed())
                .when(change(null, null, 60, false, null))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("duration_minutes cannot change alone on an entry with start_time and "
                        + "end_time: change them, or send clear_times")
                .expectNoEvents();
    }

    @Test
    void clearingTheTimesKeepsADurationOnTheSameDate() {
        fixture.given(timed())
                .when(change(null, null, 60, true, null))
                .expectEvents(new TimeEntryChangedEvent(ENTRY, OWNER, "Writing", "work", null, null, 60, 7,
                        LocalDate.of(2026, 3, 9), TOKYO));
    }

    @Test
    void cannotEndBeforeTheStart() {
        fixture.given(timed())
                .when(change(null, START.minusSeconds(60), null, false, null))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("end_time must be after start_time")
                .expectNoEvents();
    }

    @Test
    void givingTimesToADurationOnlyEntryNeedsBoth() {
        fixture.given(durationOnly())
                .when(change(START, null, null, false, null))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("end_time is required with start_time")
                .expectNoEvents();
    }

    @Test
    void changingTheDurationOfADurationOnlyEntry() {
        fixture.given(durationOnly())
                .when(change(null, null, 50, false, LocalDate.of(2026, 3, 7)))
                .expectEvents(new TimeEntryChangedEvent(ENTRY, OWNER, "Reading", null, null, null, 50, null,
                        LocalDate.of(2026, 3, 7), TOKYO));
    }

    @Test
    void aChangeThatChangesNothingRecordsNothing() {
        fixture.given(timed())
                .when(new ChangeTimeEntryCommand(ENTRY, OWNER, "Writing", "work", START, END, 90, false, 7,
                        LocalDate.of(2026, 3, 9), "Europe/Paris", TODAY))
                .expectNoEvents();
    }

    @Test
    void cannotChangeAnotherUsersEntry() {
        fixture.given(timed())
                .when(new ChangeTimeEntryCommand(ENTRY, STRANGER, "Mine now", null, null, null, null, false, null,
                        null, TOKYO, TODAY))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void deletingAnEntryRecordsIt() {
        fixture.given(timed())
                .when(new DeleteTimeEntryCommand(ENTRY, OWNER))
                .expectEvents(new TimeEntryDeletedEvent(ENTRY, OWNER));
    }

    @Test
    void cannotDeleteAnotherUsersEntry() {
        fixture.given(timed())
                .when(new DeleteTimeEntryCommand(ENTRY, STRANGER))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }
}
