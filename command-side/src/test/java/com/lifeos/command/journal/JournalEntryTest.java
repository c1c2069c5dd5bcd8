package com.lifeos.command.journal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.lifeos.api.journal.ChangeJournalEntryCommand;
import com.lifeos.api.journal.DeleteJournalEntryCommand;
import com.lifeos.api.journal.JournalEntryChangedEvent;
import com.lifeos.api.journal.JournalEntryDeletedEvent;
import com.lifeos.api.journal.JournalEntryDetails;
import com.lifeos.api.journal.JournalEntryWrittenEvent;
import com.lifeos.api.journal.JournalMood;
import com.lifeos.api.journal.WriteJournalEntryCommand;
import com.lifeos.api.shared.SealedText;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class JournalEntryTest {

    private static final UUID ENTRY_ID = UUID.fromString("00000000-0000-0000-0000-0000000000f1");
    private static final UUID OWNER = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID STRANGER = UUID.fromString("00000000-0000-0000-0000-000000000002");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 14);
    private static final String ZONE = "Asia/Tokyo";
    private static final SealedText CONTENT = new SealedText("v1.c2VhbGVkLWVudHJ5");
    private static final SealedText REWRITTEN = new SealedText("v1.cmV3cml0dGVu");
    private static final JournalEntryDetails GOOD_DAY = new JournalEntryDetails(TODAY, CONTENT, 42, JournalMood.GOOD,
            List.of("work", "family"), true);

    private AggregateTestFixture<JournalEntry> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(JournalEntry.class);
    }

    private static JournalEntryWrittenEvent written() {
        return new JournalEntryWrittenEvent(ENTRY_ID, OWNER, GOOD_DAY, ZONE);
    }

    private static ChangeJournalEntryCommand change(UUID userId, LocalDate entryDate, JournalMood mood,
                                                    List<String> tags, Boolean isPrivate) {
        return new ChangeJournalEntryCommand(ENTRY_ID, userId, entryDate, null, null, mood, tags, isPrivate, TODAY);
    }

    @Test
    void writingAnEntryRecordsItsDetailsAndZone() {
        fixture.givenNoPriorActivity()
                .when(new WriteJournalEntryCommand(ENTRY_ID, OWNER, GOOD_DAY, TODAY, ZONE))
                .expectEvents(written());
    }

    @Test
    void canBackFillAnEntryForAPastDay() {
        JournalEntryDetails lastYear = new JournalEntryDetails(TODAY.minusYears(1), CONTENT, 42, null, null, true);
        fixture.givenNoPriorActivity()
                .when(new WriteJournalEntryCommand(ENTRY_ID, OWNER, lastYear, TODAY, ZONE))
                .expectEvents(new JournalEntryWrittenEvent(ENTRY_ID, OWNER, lastYear, ZONE));
    }

    @Test
    void cannotWriteAnEntryForTomorrow() {
        JournalEntryDetails tomorrow = new JournalEntryDetails(TODAY.plusDays(1), CONTENT, 42, null, null, true);
        fixture.givenNoPriorActivity()
                .when(new WriteJournalEntryCommand(ENTRY_ID, OWNER, tomorrow, TODAY, ZONE))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void changingTheMoodKeepsEverythingElse() {
        fixture.given(written())
                .when(change(OWNER, null, JournalMood.GREAT, null, null))
                .expectEvents(new JournalEntryChangedEvent(ENTRY_ID, OWNER, new JournalEntryDetails(TODAY, CONTENT,
                        42, JournalMood.GREAT, List.of("work", "family"), true)));
    }

    @Test
    void rewritingTheContentRecordsTheNewSealedTextAndLength() {
        fixture.given(written())
                .when(new ChangeJournalEntryCommand(ENTRY_ID, OWNER, null, REWRITTEN, 7, null, null, null, TODAY))
                .expectEvents(new JournalEntryChangedEvent(ENTRY_ID, OWNER, new JournalEntryDetails(TODAY,
                        REWRITTEN, 7, JournalMood.GOOD, List.of("work", "family"), true)));
    }

    @Test
    void anEmptyTagListRemovesEveryTag() {
        fixture.given(written())
                .when(change(OWNER, null, null, List.of(), false))
                .expectEvents(new JournalEntryChangedEvent(ENTRY_ID, OWNER, new JournalEntryDetails(TODAY, CONTENT,
                        42, JournalMood.GOOD, List.of(), false)));
    }

    @Test
    void aChangeThatChangesNothingRecordsNothing() {
        fixture.given(written())
                .when(change(OWNER, TODAY, JournalMood.GOOD, List.of(" work ", "family"), true))
                .expectNoEvents();
    }

    @Test
    void cannotMoveAnEntryIntoTheFuture() {
        fixture.given(written())
                .when(change(OWNER, TODAY.plusDays(1), null, null, null))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void cannotChangeAnotherUsersEntry() {
        fixture.given(written())
                .when(change(STRANGER, null, JournalMood.AWFUL, null, null))
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void deletingAnEntryKeepsItsHistoryAndEndsIt() {
        fixture.given(written())
                .when(new DeleteJournalEntryCommand(ENTRY_ID, OWNER))
                .expectEvents(new JournalEntryDeletedEvent(ENTRY_ID, OWNER));
        fixture.given(written(), new JournalEntryDeletedEvent(ENTRY_ID, OWNER))
                .when(change(OWNER, null, JournalMood.BAD, null, null))
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void cannotDeleteAnotherUsersEntry() {
        fixture.given(written())
                .when(new DeleteJournalEntryCommand(ENTRY_ID, STRANGER))
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void tagsAreTrimmedAndKeptOnceIgnoringCaseWithTheFirstSpelling() {
        JournalEntryDetails details = new JournalEntryDetails(TODAY, CONTENT, 1, null,
                List.of("  Work ", "work", "WORK", "Family", "family "), true);

        assertThat(details.tags()).containsExactly("Work", "Family");
    }

    @Test
    void detailsRefuseTooManyOrTooLongOrBlankTags() {
        List<String> twentyOne = java.util.stream.IntStream.range(0, 21).mapToObj(i -> "tag" + i).toList();
        assertThatIllegalArgumentException().isThrownBy(() -> new JournalEntryDetails(TODAY, CONTENT, 1, null,
                twentyOne, true));
        assertThatIllegalArgumentException().isThrownBy(() -> new JournalEntryDetails(TODAY, CONTENT, 1, null,
                List.of("x".repeat(51)), true));
        assertThatIllegalArgumentException().isThrownBy(() -> new JournalEntryDetails(TODAY, CONTENT, 1, null,
                List.of(" "), true));
        assertThatIllegalArgumentException().isThrownBy(() -> new JournalEntryDetails(TODAY, CONTENT, 0, null,
                null, true));
        assertThatIllegalArgumentException().isThrownBy(() -> new JournalEntryDetails(TODAY, CONTENT, 20_001, null,
                null, true));
    }
}
