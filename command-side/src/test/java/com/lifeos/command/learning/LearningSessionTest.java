package com.lifeos.command.learning;

import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.api.learning.ChangeLearningSessionCommand;
import com.lifeos.api.learning.DeleteLearningSessionCommand;
import com.lifeos.api.learning.LearningSessionChangedEvent;
import com.lifeos.api.learning.LearningSessionDeletedEvent;
import com.lifeos.api.learning.LearningSessionDetails;
import com.lifeos.api.learning.LearningSessionLoggedEvent;
import com.lifeos.api.learning.LogLearningSessionCommand;
import com.lifeos.api.shared.SealedText;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LearningSessionTest {

    private static final UUID SESSION_ID = UUID.fromString("00000000-0000-0000-0000-0000000000f1");
    private static final UUID OWNER = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID STRANGER = UUID.fromString("00000000-0000-0000-0000-000000000002");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 14);
    private static final String ZONE = "Asia/Tokyo";
    private static final SealedText NOTES = new SealedText("v1.c2VhbGVkLW5vdGVz");
    private static final SealedText OTHER_NOTES = new SealedText("v1.b3RoZXItbm90ZXM=");
    private static final LearningSessionDetails SQL_BASICS = new LearningSessionDetails("SQL basics", "Coursera", 45,
            30, TODAY.minusDays(1), NOTES);

    private AggregateTestFixture<LearningSession> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(LearningSession.class);
    }

    private static LearningSessionLoggedEvent logged() {
        return new LearningSessionLoggedEvent(SESSION_ID, OWNER, SQL_BASICS, ZONE);
    }

    private static ChangeLearningSessionCommand change(UUID userId, String courseName, String platform,
                                                       Integer minutes, Integer progress, LocalDate date) {
        return new ChangeLearningSessionCommand(SESSION_ID, userId, courseName, platform, minutes, progress, date,
                null, false, TODAY);
    }

    @Test
    void loggingASessionRecordsWhatTheOwnerStated() {
        fixture.givenNoPriorActivity()
                .when(new LogLearningSessionCommand(SESSION_ID, OWNER, SQL_BASICS, ZONE, TODAY))
                .expectEvents(logged());
    }

    @Test
    void aSessionMayBeLoggedForToday() {
        LearningSessionDetails today = new LearningSessionDetails("SQL basics", null, 5, null, TODAY, null);
        fixture.givenNoPriorActivity()
                .when(new LogLearningSessionCommand(SESSION_ID, OWNER, today, ZONE, TODAY))
                .expectEvents(new LearningSessionLoggedEvent(SESSION_ID, OWNER, today, ZONE));
    }

    @Test
    void cannotLogASessionInTheFuture() {
        LearningSessionDetails tomorrow = new LearningSessionDetails("SQL basics", null, 30, null,
                TODAY.plusDays(1), null);
        fixture.givenNoPriorActivity()
                .when(new LogLearningSessionCommand(SESSION_ID, OWNER, tomorrow, ZONE, TODAY))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void cannotMoveASessionIntoTheFuture() {
        fixture.given(logged())
                .when(change(OWNER, null, null, null, null, TODAY.plusDays(1)))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void aSessionDatedAheadOfANewZonesTodayCanStillBeChangedElsewhere() {
        LearningSessionDetails tokyoToday = new LearningSessionDetails("SQL basics", null, 30, null, TODAY, null);
        ChangeLearningSessionCommand fromHonolulu = new ChangeLearningSessionCommand(SESSION_ID, OWNER, null, null,
                40, null, null, null, false, TODAY.minusDays(1));
        fixture.given(new LearningSessionLoggedEvent(SESSION_ID, OWNER, tokyoToday, ZONE))
                .when(fromHonolulu)
                .expectEvents(new LearningSessionChangedEvent(SESSION_ID, OWNER,
                        new LearningSessionDetails("SQL basics", null, 40, null, TODAY, null)));
    }

    @ParameterizedTest(name = "{0} minutes")
    @ValueSource(ints = {0, -5, 1441})
    void aSessionLastsFromOneMinuteToADay(int minutes) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new LearningSessionDetails("SQL", null, minutes, null, TODAY, null))
                .withMessageContaining("duration_minutes");
        fixture.given(logged())
                .when(change(OWNER, null, null, minutes, null, null))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @ParameterizedTest(name = "{0} %")
    @ValueSource(ints = {-1, 101})
    void progressIsAPercentage(int progress) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new LearningSessionDetails("SQL", null, 30, progress, TODAY, null))
                .withMessageContaining("progress_percentage");
        fixture.given(logged())
                .when(change(OWNER, null, null, null, progress, null))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void aSessionNeedsACourseName() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new LearningSessionDetails("  ", null, 30, null, TODAY, null))
                .withMessageContaining("course_name");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new LearningSessionDetails("x".repeat(256), null, 30, null, TODAY, null))
                .withMessageContaining("course_name");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> change(OWNER, "", null, null, null, null))
                .withMessageContaining("course_name");
    }

    @Test
    void namesAreKeptWithoutSurroundingSpacesAndABlankPlatformMeansNone() {
        LearningSessionDetails details = new LearningSessionDetails("  SQL basics ", "   ", 30, null, TODAY, null);

        assertThat(details.courseName()).isEqualTo("SQL basics");
        assertThat(details.platform()).isNull();
        assertThat(new LearningSessionDetails("SQL", " Udemy ", 30, null, TODAY, null).platform()).isEqualTo("Udemy");
    }

    @Test
    void changingOnlyTheProgressKeepsTheOtherDetails() {
        fixture.given(logged())
                .when(change(OWNER, null, null, null, 100, null))
                .expectEvents(new LearningSessionChangedEvent(SESSION_ID, OWNER,
                        new LearningSessionDetails("SQL basics", "Coursera", 45, 100, TODAY.minusDays(1), NOTES)));
    }

    @Test
    void aBlankPlatformRemovesThePlatform() {
        fixture.given(logged())
                .when(change(OWNER, null, "", null, null, null))
                .expectEvents(new LearningSessionChangedEvent(SESSION_ID, OWNER,
                        new LearningSessionDetails("SQL basics", null, 45, 30, TODAY.minusDays(1), NOTES)));
    }

    @Test
    void notesMayBeReplacedOrCleared() {
        fixture.given(logged())
                .when(new ChangeLearningSessionCommand(SESSION_ID, OWNER, null, null, null, null, null, OTHER_NOTES,
                        false, TODAY))
                .expectEvents(new LearningSessionChangedEvent(SESSION_ID, OWNER,
                        new LearningSessionDetails("SQL basics", "Coursera", 45, 30, TODAY.minusDays(1),
                                OTHER_NOTES)));
        fixture.given(logged())
                .when(new ChangeLearningSessionCommand(SESSION_ID, OWNER, null, null, null, null, null, null,
                        true, TODAY))
                .expectEvents(new LearningSessionChangedEvent(SESSION_ID, OWNER,
                        new LearningSessionDetails("SQL basics", "Coursera", 45, 30, TODAY.minusDays(1), null)));
    }

    @Test
    void aChangeThatChangesNothingRecordsNothing() {
        fixture.given(logged())
                .when(change(OWNER, " SQL basics ", "Coursera", 45, 30, TODAY.minusDays(1)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cannotChangeAnotherUsersSession() {
        fixture.given(logged())
                .when(change(STRANGER, "Mine now", null, null, null, null))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void cannotDeleteAnotherUsersSession() {
        fixture.given(logged())
                .when(new DeleteLearningSessionCommand(SESSION_ID, STRANGER))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void deletingASessionRecordsItsEnd() {
        fixture.given(logged())
                .when(new DeleteLearningSessionCommand(SESSION_ID, OWNER))
                .expectEvents(new LearningSessionDeletedEvent(SESSION_ID, OWNER))
                .expectMarkedDeleted();
    }

    @Test
    void aDeletedSessionCannotBeChanged() {
        fixture.given(logged(), new LearningSessionDeletedEvent(SESSION_ID, OWNER))
                .when(change(OWNER, null, null, 10, null, null))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }
}
