package com.lifeos.query.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.lifeos.api.dashboard.AreaScoreView;
import com.lifeos.api.dashboard.DashboardOverviewView;
import com.lifeos.api.shared.SealedText;
import com.lifeos.projection.dashboard.Areas;
import com.lifeos.projection.dashboard.SubjectRow;
import com.lifeos.query.relationship.ContactSchedule;

/** Contacts with a rhythm: who is due today or overdue, longest waiting first. */
final class ContactPicture {

    private final Picture picture;

    ContactPicture(Picture picture) {
        this.picture = picture;
    }

    DashboardOverviewView.Contacts due() {
        LocalDate today = picture.today();
        List<DashboardOverviewView.ContactDue> due = new ArrayList<>();
        for (SubjectRow contact : picture.subjects(Areas.RELATIONSHIPS, "contact")) {
            LocalDate next = next(contact);
            if (next != null && !next.isAfter(today)) {
                due.add(new DashboardOverviewView.ContactDue(contact.id(), new SealedText(contact.sealedName()),
                        next, ContactSchedule.daysOverdue(next, today), ContactSchedule.daysUntil(next, today)));
            }
        }
        due.sort(Comparator.comparing(DashboardOverviewView.ContactDue::nextContactDate)
                .thenComparing(DashboardOverviewView.ContactDue::relationshipId));
        return new DashboardOverviewView.Contacts(due.size(), due);
    }

    AreaScoreView score() {
        int withRhythm = (int) picture.subjects(Areas.RELATIONSHIPS, "contact").stream()
                .filter(contact -> next(contact) != null).count();
        int overdue = (int) due().items().stream().filter(DashboardOverviewView.ContactDue::overdue).count();
        return LifeScores.relationships(withRhythm, overdue);
    }

    private static LocalDate next(SubjectRow contact) {
        return ContactSchedule.nextContactDate(contact.startDate(), contact.everyDays(), contact.dueDate());
    }
}
