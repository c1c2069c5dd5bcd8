package com.lifeos.command.habit;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
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
import com.lifeos.api.habit.HabitFrequency;
import com.lifeos.api.habit.UndoHabitCheckInCommand;
import com.lifeos.api.shared.SealedText;
import org.axonframework.eventsourcing.AggregateDeletedException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class HabitTest {

    private static final UUID HABIT_ID = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final UUID OWNER = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID STRANGER = UUID.fromString("00000000-0000-0000-0000-000000000002");
    private static final UUID CHECK_IN = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
    private static final UUID OTHER_CHECK_IN = UUID.fromString("00000000-0000-0000-0000-0000000000c2");
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 14);
    private static final LocalDate YESTERDAY = TODAY.minusDays(1);
    private static final String ZONE = "Europe/Berlin";
    private static final SealedText NOTES = new SealedText("v1.1.bm9uY2UtYW5kLWNpcGhlcnRleHQ=");

    private static final HabitDefinition READING = new HabitDefinition("Read", "Twenty pages", "mind",
            HabitFrequency.WEEKLY, 3, null, LocalTime.of(21, 0), true);

    private AggregateTestFixture<Habit> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Habit.class);
    }

    private static HabitCreatedEvent created() {
        return new HabitCreatedEvent(HABIT_ID, OWNER, READING);
    }

    private static HabitCheckedInEvent checkedIn(UUID checkInId, LocalDate date) {
        return new HabitCheckedInEvent(HABIT_ID, OWNER, checkInId, date, ZONE, NOTES);
    }

    private static CheckInHabitCommand checkIn(UUID userId, UUID checkInId, LocalDate date) {
        return new CheckInHabitCommand(HABIT_ID, userId, checkInId, date, TODAY, ZONE, NOTES);
    }

    private static ChangeHabitCommand changeTitle(UUID userId, String title) {
        return new ChangeHabitCommand(HABIT_ID, userId, title, null, null, null, null, null, null, null);
    }

    @Test
    void creatingAHabitRecordsItsDefinition() {
        fixture.givenNoPriorActivity()
                .when(new CreateHabitCommand(HABIT_ID, OWNER, READING))
                .expectEvents(created());
    }

    @Test
    void weeklyHabitNeedsATarget() {
        assertThatIllegalArgumentException().isThrownBy(() -> new HabitDefinition("Run", null, null,
                HabitFrequency.WEEKLY, null, null, null, true));
    }

    @Test
    void weeklyTargetCannotExceedSevenDays() {
        assertThatIllegalArgumentException().isThrownBy(() -> new HabitDefinition("Run", null, null,
                HabitFrequency.WEEKLY, 8, null, null, true));
    }

    @Test
    void weekdaysHabitNeedsAtLeastOneDay() {
        assertThatIllegalArgumentException().isThrownBy(() -> new HabitDefinition("Run", null, null,
                HabitFrequency.WEEKDAYS, null, Set.of(), null, true));
    }

    @Test
    void changingOnlyTheTitleKeepsTheRestOfTheDefinition() {
        HabitDefinition renamed = new HabitDefinition("Read a book", "Twenty pages", "mind",
                HabitFrequency.WEEKLY, 3, null, LocalTime.of(21, 0), true);

        fixture.given(created())
                .when(changeTitle(OWNER, "Read a book"))
                .expectEvents(new HabitChangedEvent(HABIT_ID, OWNER, renamed));
    }

    @Test
    void changingToWeekdaysRecordsTheWholeNewDefinition() {
        HabitDefinition weekdays = new HabitDefinition("Read", "Twenty pages", "mind",
                HabitFrequency.WEEKDAYS, 3, Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), LocalTime.of(21, 0), true);

        fixture.given(created())
                .when(new ChangeHabitCommand(HABIT_ID, OWNER, null, null, null, HabitFrequency.WEEKDAYS, null,
                        Set.of(DayOfWeek.THURSDAY, DayOfWeek.MONDAY), null, null))
                .expectEvents(new HabitChangedEvent(HABIT_ID, OWNER, weekdays));
    }

    @Test
    void changeThatChangesNothingRecordsNothing() {
        fixture.given(created())
                .when(changeTitle(OWNER, "Read"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void changeThatBreaksTheDefinitionIsRejected() {
        fixture.given(created())
                .when(new ChangeHabitCommand(HABIT_ID, OWNER, null, null, null, HabitFrequency.WEEKDAYS, null,
                        null, null, null))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void checkInRecordsDateZoneAndSealedNotes() {
        fixture.given(created())
                .when(checkIn(OWNER, CHECK_IN, TODAY))
                .expectEvents(checkedIn(CHECK_IN, TODAY));
    }

    @Test
    void cannotCheckInTwiceOnTheSameDate() {
        fixture.given(created(), checkedIn(CHECK_IN, TODAY))
                .when(checkIn(OWNER, OTHER_CHECK_IN, TODAY))
                .expectException(IllegalStateException.class)
                .expectNoEvents();
    }

    @Test
    void repeatedCheckInWithTheSameIdAndDateRecordsNothing() {
        fixture.given(created(), checkedIn(CHECK_IN, TODAY))
                .when(checkIn(OWNER, CHECK_IN, TODAY))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cannotReuseACheckInIdForAnotherDate() {
        fixture.given(created(), checkedIn(CHECK_IN, YESTERDAY))
                .when(checkIn(OWNER, CHECK_IN, TODAY))
                .expectException(IllegalStateException.class)
                .expectNoEvents();
    }

    @Test
    void cannotCheckInOnAFutureDate() {
        fixture.given(created())
                .when(checkIn(OWNER, CHECK_IN, TODAY.plusDays(1)))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void canBackFillAPastDate() {
        LocalDate lastMonth = TODAY.minusDays(30);

        fixture.given(created())
                .when(checkIn(OWNER, CHECK_IN, lastMonth))
                .expectEvents(checkedIn(CHECK_IN, lastMonth));
    }

    @Test
    void undoingACheckInRecordsItsDate() {
        fixture.given(created(), checkedIn(CHECK_IN, YESTERDAY))
                .when(new UndoHabitCheckInCommand(HABIT_ID, OWNER, CHECK_IN))
                .expectEvents(new HabitCheckInUndoneEvent(HABIT_ID, OWNER, CHECK_IN, YESTERDAY));
    }

    @Test
    void canCheckInAgainOnADateWhoseCheckInWasUndone() {
        fixture.given(created(), checkedIn(CHECK_IN, TODAY),
                        new HabitCheckInUndoneEvent(HABIT_ID, OWNER, CHECK_IN, TODAY))
                .when(checkIn(OWNER, OTHER_CHECK_IN, TODAY))
                .expectEvents(checkedIn(OTHER_CHECK_IN, TODAY));
    }

    @Test
    void cannotUndoAnUnknownCheckIn() {
        fixture.given(created(), checkedIn(CHECK_IN, TODAY))
                .when(new UndoHabitCheckInCommand(HABIT_ID, OWNER, OTHER_CHECK_IN))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void cannotUndoACheckInTwice() {
        fixture.given(created(), checkedIn(CHECK_IN, TODAY),
                        new HabitCheckInUndoneEvent(HABIT_ID, OWNER, CHECK_IN, TODAY))
                .when(new UndoHabitCheckInCommand(HABIT_ID, OWNER, CHECK_IN))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void anotherUserCannotFindTheHabitToChange() {
        fixture.given(created())
                .when(changeTitle(STRANGER, "Mine now"))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void anotherUserCannotFindTheHabitToDelete() {
        fixture.given(created())
                .when(new DeleteHabitCommand(HABIT_ID, STRANGER))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void anotherUserCannotFindTheHabitToCheckIn() {
        fixture.given(created())
                .when(checkIn(STRANGER, CHECK_IN, TODAY))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void anotherUserCannotFindTheHabitToUndoACheckIn() {
        fixture.given(created(), checkedIn(CHECK_IN, TODAY))
                .when(new UndoHabitCheckInCommand(HABIT_ID, STRANGER, CHECK_IN))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void deletingAHabitRecordsItAndMarksTheHabitDeleted() {
        fixture.given(created())
                .when(new DeleteHabitCommand(HABIT_ID, OWNER))
                .expectEvents(new HabitDeletedEvent(HABIT_ID, OWNER))
                .expectMarkedDeleted();
    }

    @Test
    void deletedHabitTakesNoMoreCommands() {
        fixture.given(created(), new HabitDeletedEvent(HABIT_ID, OWNER))
                .when(checkIn(OWNER, CHECK_IN, TODAY))
                .expectException(AggregateDeletedException.class)
                .expectNoEvents();
    }
}
