package com.lifeos.command.relationship;

import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.api.relationship.ChangeRelationshipCommand;
import com.lifeos.api.relationship.CreateRelationshipCommand;
import com.lifeos.api.relationship.DeleteRelationshipCommand;
import com.lifeos.api.relationship.RecordRelationshipInteractionCommand;
import com.lifeos.api.relationship.RelationshipChangedEvent;
import com.lifeos.api.relationship.RelationshipCreatedEvent;
import com.lifeos.api.relationship.RelationshipDeletedEvent;
import com.lifeos.api.relationship.RelationshipDetails;
import com.lifeos.api.relationship.RelationshipInteractionRecordedEvent;
import com.lifeos.api.relationship.RelationshipLastContactCorrectedEvent;
import com.lifeos.api.relationship.RelationshipNextContactPlannedEvent;
import com.lifeos.api.shared.SealedText;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RelationshipTest {

    private static final UUID RELATIONSHIP_ID = UUID.fromString("00000000-0000-0000-0000-0000000000d1");
    private static final UUID OWNER = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID STRANGER = UUID.fromString("00000000-0000-0000-0000-000000000002");
    private static final UUID CALL = UUID.fromString("00000000-0000-0000-0000-0000000000e1");
    private static final UUID VISIT = UUID.fromString("00000000-0000-0000-0000-0000000000e2");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 14);
    private static final String ZONE = "Europe/Berlin";
    private static final SealedText NAME = new SealedText("v1.c2VhbGVkLW5hbWU=");
    private static final SealedText NOTES = new SealedText("v1.c2VhbGVkLW5vdGVz");
    private static final RelationshipDetails FRIEND = new RelationshipDetails(NAME, "friend", NOTES, 14);

    private AggregateTestFixture<Relationship> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Relationship.class);
    }

    private static RelationshipCreatedEvent created() {
        return created(FRIEND, TODAY.minusDays(20));
    }

    private static RelationshipCreatedEvent created(RelationshipDetails details, LocalDate lastContact) {
        return new RelationshipCreatedEvent(RELATIONSHIP_ID, OWNER, details, lastContact, null);
    }

    private static RelationshipInteractionRecordedEvent interacted(UUID interactionId, LocalDate date) {
        return new RelationshipInteractionRecordedEvent(RELATIONSHIP_ID, OWNER, interactionId, date, ZONE, "call",
                null);
    }

    private static RecordRelationshipInteractionCommand interact(UUID userId, UUID interactionId, LocalDate date) {
        return new RecordRelationshipInteractionCommand(RELATIONSHIP_ID, userId, interactionId, date, TODAY, ZONE,
                "call", null);
    }

    private static ChangeRelationshipCommand change(Integer contactEveryDays, LocalDate lastContact,
                                                    LocalDate nextContact) {
        return new ChangeRelationshipCommand(RELATIONSHIP_ID, OWNER, null, null, null, contactEveryDays, lastContact,
                nextContact, TODAY);
    }

    @Test
    void creatingARelationshipRecordsWhatTheOwnerStated() {
        fixture.givenNoPriorActivity()
                .when(new CreateRelationshipCommand(RELATIONSHIP_ID, OWNER, FRIEND, TODAY.minusDays(20),
                        TODAY.plusDays(3), TODAY))
                .expectEvents(new RelationshipCreatedEvent(RELATIONSHIP_ID, OWNER, FRIEND, TODAY.minusDays(20),
                        TODAY.plusDays(3)));
    }

    @Test
    void theLastContactCannotBeInTheFuture() {
        fixture.givenNoPriorActivity()
                .when(new CreateRelationshipCommand(RELATIONSHIP_ID, OWNER, FRIEND, TODAY.plusDays(1), null, TODAY))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
        fixture.given(created())
                .when(change(null, TODAY.plusDays(1), null))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @ParameterizedTest(name = "every {0} days")
    @ValueSource(ints = {0, -1, 3651})
    void theRhythmMustBeBetweenOneDayAndTenYears(int days) {
        assertThatIllegalArgumentException().isThrownBy(() -> new RelationshipDetails(NAME, null, null, days))
                .withMessageContaining("contact_every_days");
        fixture.given(created())
                .when(change(days, null, null))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @ParameterizedTest(name = "every {0} days")
    @ValueSource(ints = {1, 3650})
    void theRhythmMayBeAnythingFromOneDayToTenYears(int days) {
        fixture.given(created())
                .when(change(days, null, null))
                .expectEvents(new RelationshipChangedEvent(RELATIONSHIP_ID, OWNER,
                        new RelationshipDetails(NAME, "friend", NOTES, days)));
    }

    @Test
    void aRelationshipNeedsAName() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RelationshipDetails(null, "friend", null, null))
                .withMessageContaining("contact_name");
    }

    @Test
    void aBlankTypeMeansNoType() {
        assertThat(new RelationshipDetails(NAME, "  ", null, null).relationshipType()).isNull();
        assertThat(new RelationshipDetails(NAME, " family ", null, null).relationshipType()).isEqualTo("family");
    }

    @Test
    void changingOnlyTheTypeKeepsTheOtherDetails() {
        fixture.given(created())
                .when(new ChangeRelationshipCommand(RELATIONSHIP_ID, OWNER, null, "colleague", null, null, null, null,
                        TODAY))
                .expectEvents(new RelationshipChangedEvent(RELATIONSHIP_ID, OWNER,
                        new RelationshipDetails(NAME, "colleague", NOTES, 14)));
    }

    @Test
    void aChangeThatChangesNothingRecordsNothing() {
        fixture.given(created())
                .when(new ChangeRelationshipCommand(RELATIONSHIP_ID, OWNER, null, "friend", null, 14,
                        TODAY.minusDays(20), null, TODAY))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void correctingTheLastContactIsRecordedAsAFact() {
        fixture.given(created())
                .when(change(null, TODAY.minusDays(40), null))
                .expectEvents(new RelationshipLastContactCorrectedEvent(RELATIONSHIP_ID, OWNER, TODAY.minusDays(40)));
    }

    @Test
    void planningTheNextContactIsRecordedAsAFact() {
        fixture.given(created())
                .when(change(null, null, TODAY.plusDays(2)))
                .expectEvents(new RelationshipNextContactPlannedEvent(RELATIONSHIP_ID, OWNER, TODAY.plusDays(2)));
    }

    @Test
    void sendingBackTheNextDateTheRhythmGaveIsNoPlan() {
        LocalDate byRhythm = TODAY.minusDays(20).plusDays(14);
        fixture.given(created())
                .when(change(7, null, byRhythm))
                .expectEvents(new RelationshipChangedEvent(RELATIONSHIP_ID, OWNER,
                        new RelationshipDetails(NAME, "friend", NOTES, 7)));
    }

    @Test
    void anInteractionReplacesThePlanSoTheSamePlanAgainIsRecorded() {
        fixture.given(created(), new RelationshipNextContactPlannedEvent(RELATIONSHIP_ID, OWNER, TODAY.plusDays(2)),
                        interacted(CALL, TODAY))
                .when(change(null, null, TODAY.plusDays(2)))
                .expectEvents(new RelationshipNextContactPlannedEvent(RELATIONSHIP_ID, OWNER, TODAY.plusDays(2)));
    }

    @Test
    void aBackFilledOlderInteractionLeavesThePlanInForce() {
        fixture.given(created(), new RelationshipNextContactPlannedEvent(RELATIONSHIP_ID, OWNER, TODAY.plusDays(2)),
                        interacted(CALL, TODAY.minusDays(30)))
                .when(change(null, null, TODAY.plusDays(2)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void recordingAnInteractionRecordsOnlyItsDate() {
        fixture.given(created())
                .when(interact(OWNER, CALL, TODAY))
                .expectEvents(interacted(CALL, TODAY));
    }

    @Test
    void anInteractionCannotBeInTheFuture() {
        fixture.given(created())
                .when(interact(OWNER, CALL, TODAY.plusDays(1)))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void anOlderInteractionMayBeBackFilled() {
        fixture.given(created(), interacted(CALL, TODAY))
                .when(interact(OWNER, VISIT, TODAY.minusDays(300)))
                .expectEvents(interacted(VISIT, TODAY.minusDays(300)));
    }

    @Test
    void repeatingAnInteractionRecordsNothing() {
        fixture.given(created(), interacted(CALL, TODAY))
                .when(interact(OWNER, CALL, TODAY))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anInteractionIdCannotBeReusedForAnotherDate() {
        fixture.given(created(), interacted(CALL, TODAY))
                .when(interact(OWNER, CALL, TODAY.minusDays(1)))
                .expectException(IllegalStateException.class)
                .expectNoEvents();
    }

    @Test
    void deletingRecordsItAndLeavesNothingToChange() {
        fixture.given(created())
                .when(new DeleteRelationshipCommand(RELATIONSHIP_ID, OWNER))
                .expectEvents(new RelationshipDeletedEvent(RELATIONSHIP_ID, OWNER));
        fixture.given(created(), new RelationshipDeletedEvent(RELATIONSHIP_ID, OWNER))
                .when(interact(OWNER, CALL, TODAY))
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void anotherUserCannotFindTheRelationship() {
        fixture.given(created())
                .when(new ChangeRelationshipCommand(RELATIONSHIP_ID, STRANGER, null, "enemy", null, null, null, null,
                        TODAY))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
        fixture.given(created())
                .when(interact(STRANGER, CALL, TODAY))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
        fixture.given(created())
                .when(new DeleteRelationshipCommand(RELATIONSHIP_ID, STRANGER))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }
}
