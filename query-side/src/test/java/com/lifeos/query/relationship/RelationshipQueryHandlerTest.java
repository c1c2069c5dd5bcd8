package com.lifeos.query.relationship;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.lifeos.api.relationship.FindRelationshipQuery;
import com.lifeos.api.relationship.FindRelationshipRemindersQuery;
import com.lifeos.api.relationship.ListRelationshipInteractionsQuery;
import com.lifeos.api.relationship.ListRelationshipsQuery;
import com.lifeos.api.relationship.RelationshipRemindersView;
import com.lifeos.api.shared.UserCalendar;
import com.lifeos.projection.relationship.InteractionRows;
import com.lifeos.projection.relationship.RelationshipRow;
import com.lifeos.projection.relationship.RelationshipRows;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class RelationshipQueryHandlerTest {

    private static final UUID OWNER = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 14);
    private static final UserCalendar CALENDAR = new UserCalendar(ZoneId.of("Europe/Berlin"), TODAY, DayOfWeek.MONDAY);

    private final RelationshipRows relationships = mock(RelationshipRows.class);
    private final InteractionRows interactions = mock(InteractionRows.class);
    private final RelationshipQueryHandler handler = new RelationshipQueryHandler(relationships, interactions);

    private static RelationshipRow row(int id, String type, LocalDate last, Integer everyDays, LocalDate planned) {
        RelationshipRow row = mock(RelationshipRow.class);
        when(row.id()).thenReturn(UUID.fromString("00000000-0000-0000-0000-0000000000" + (10 + id)));
        when(row.contactName()).thenReturn("v1.sealed-" + id);
        when(row.relationshipType()).thenReturn(type);
        when(row.lastContactDate()).thenReturn(last);
        when(row.contactEveryDays()).thenReturn(everyDays);
        when(row.plannedContactDate()).thenReturn(planned);
        return row;
    }

    @Test
    void remindersHoldOverdueAndUpcomingContactsSoonestFirst() {
        RelationshipRow upcoming = row(1, "family", null, null, TODAY.plusDays(3));
        RelationshipRow overdue = row(2, "friend", TODAY.minusDays(20), 14, null);
        RelationshipRow beyondTheWindow = row(3, "friend", null, null, TODAY.plusDays(8));
        RelationshipRow withoutRhythm = row(4, "colleague", TODAY.minusDays(400), null, null);
        RelationshipRow dueToday = row(5, null, TODAY.minusDays(7), 7, null);
        when(relationships.findByUserId(OWNER)).thenReturn(List.of(upcoming, overdue, beyondTheWindow,
                withoutRhythm, dueToday));

        List<RelationshipRemindersView.Reminder> reminders =
                handler.handle(new FindRelationshipRemindersQuery(OWNER, CALENDAR, 7)).items();

        assertThat(reminders).extracting(RelationshipRemindersView.Reminder::relationshipId)
                .containsExactly(overdue.id(), dueToday.id(), upcoming.id());
        assertThat(reminders).extracting(RelationshipRemindersView.Reminder::daysOverdue)
                .containsExactly(6L, null, null);
        assertThat(reminders).extracting(RelationshipRemindersView.Reminder::daysUntil)
                .containsExactly(null, 0L, 3L);
        assertThat(reminders).extracting(RelationshipRemindersView.Reminder::nextContactDate)
                .containsExactly(TODAY.minusDays(6), TODAY, TODAY.plusDays(3));
        assertThat(reminders.get(0).contactName().value()).isEqualTo("v1.sealed-2");
        assertThat(reminders.get(0).relationshipType()).isEqualTo("friend");
    }

    @Test
    void contactsDueOnTheSameDayAreOrderedByIdSoTheOrderIsStable() {
        RelationshipRow second = row(7, null, null, null, TODAY);
        RelationshipRow first = row(6, null, null, null, TODAY);
        when(relationships.findByUserId(OWNER)).thenReturn(List.of(second, first));

        assertThat(handler.handle(new FindRelationshipRemindersQuery(OWNER, CALENDAR, 0)).items())
                .extracting(RelationshipRemindersView.Reminder::relationshipId)
                .containsExactly(first.id(), second.id());
    }

    @Test
    void theReminderWindowIsZeroToThreeHundredSixtyFiveDays() {
        assertThatIllegalArgumentException().isThrownBy(() -> new FindRelationshipRemindersQuery(OWNER, CALENDAR, -1));
        assertThatIllegalArgumentException().isThrownBy(() -> new FindRelationshipRemindersQuery(OWNER, CALENDAR, 366));
    }

    @Test
    void aRelationshipShowsTheNextDateItsRhythmGives() {
        RelationshipRow row = row(1, "friend", TODAY.minusDays(3), 10, null);
        when(relationships.findByIdAndUserId(row.id(), OWNER)).thenReturn(Optional.of(row));

        assertThat(handler.handle(new FindRelationshipQuery(OWNER, row.id())))
                .hasValueSatisfying(view -> assertThat(view.nextContactDate()).isEqualTo(TODAY.plusDays(7)));
    }

    @Test
    void theTypeFilterIgnoresSurroundingSpacesAndABlankFilterListsEverything() {
        handler.handle(new ListRelationshipsQuery(OWNER, " Friend "));
        verify(relationships).findByUserIdAndRelationshipTypeIgnoreCase(OWNER, "Friend");

        handler.handle(new ListRelationshipsQuery(OWNER, " "));
        verify(relationships).findByUserId(OWNER);
    }

    @Test
    void interactionsOfSomeoneElsesRelationshipAreNotFound() {
        UUID theirs = UUID.randomUUID();
        when(relationships.findByIdAndUserId(theirs, OWNER)).thenReturn(Optional.empty());

        assertThat(handler.handle(new ListRelationshipInteractionsQuery(OWNER, theirs))).isEmpty();
    }
}
