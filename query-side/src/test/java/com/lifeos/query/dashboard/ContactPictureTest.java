package com.lifeos.query.dashboard;

import static com.lifeos.projection.dashboard.DashboardTestRows.contact;
import static com.lifeos.projection.dashboard.DashboardTestRows.deleted;
import static com.lifeos.query.dashboard.PictureFixtures.TODAY;
import static com.lifeos.query.dashboard.PictureFixtures.picture;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import com.lifeos.api.dashboard.DashboardOverviewView;
import com.lifeos.projection.dashboard.SubjectRow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ContactPictureTest {

    private static final UUID ADA = UUID.fromString("00000000-0000-0000-0000-0000000000d1");

    static Stream<Arguments> due() {
        return Stream.of(
                Arguments.of("no rhythm, no plan", contact(ADA, TODAY.minusDays(30), null, null), 0, null, null),
                Arguments.of("every 14 days, last 20 days ago", contact(ADA, TODAY.minusDays(20), 14, null), 1, 6L,
                        0),
                Arguments.of("every 14 days, last 3 days ago", contact(ADA, TODAY.minusDays(3), 14, null), 0, null,
                        100),
                Arguments.of("planned for today, not yet overdue", contact(ADA, null, null, TODAY), 1, null, 100),
                Arguments.of("planned two days ago", contact(ADA, null, null, TODAY.minusDays(2)), 1, 2L, 0),
                Arguments.of("deleted", deleted(contact(ADA, TODAY.minusDays(20), 14, null)), 0, null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void due(String story, SubjectRow row, int due, Long daysOverdue, Integer score) {
        ContactPicture contacts = new ContactPicture(picture(List.of(row), List.of()));

        DashboardOverviewView.Contacts today = contacts.due();

        assertThat(today.due()).isEqualTo(due);
        assertThat(today.items()).hasSize(due).allSatisfy(contact -> assertThat(contact.daysOverdue())
                .isEqualTo(daysOverdue));
        assertThat(contacts.score().score()).isEqualTo(score);
    }
}
