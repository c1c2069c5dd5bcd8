package com.lifeos.query.dashboard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import com.lifeos.api.dashboard.AreaScoreView;
import com.lifeos.api.dashboard.DashboardOverviewView;
import com.lifeos.api.shared.DateRange;
import com.lifeos.projection.dashboard.Areas;

/** The journal: the latest entry's date and mood, and the days written since the first entry. */
final class JournalPicture {

    private final Picture picture;

    JournalPicture(Picture picture) {
        this.picture = picture;
    }

    DashboardOverviewView.Journal latest() {
        return picture.subjects(Areas.JOURNAL, "latest").stream().findFirst()
                .map(s -> new DashboardOverviewView.Journal(s.startDate(), s.label(),
                        ChronoUnit.DAYS.between(s.startDate(), picture.today())))
                .orElse(new DashboardOverviewView.Journal(null, null, null));
    }

    /** @param firstRecord the date of the first entry ever, null when there is none */
    AreaScoreView score(DateRange range, LocalDate firstRecord) {
        DateRange judged = picture.judgedDays(Areas.JOURNAL, range, firstRecord);
        return LifeScores.journal(picture.daysWithFacts(Areas.JOURNAL, judged), judged);
    }
}
