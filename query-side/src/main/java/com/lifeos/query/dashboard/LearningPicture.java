package com.lifeos.query.dashboard;

import java.time.LocalDate;
import java.util.List;

import com.lifeos.api.dashboard.AreaScoreView;
import com.lifeos.api.dashboard.DashboardOverviewView;
import com.lifeos.api.shared.DateRange;
import com.lifeos.projection.dashboard.Areas;
import com.lifeos.projection.dashboard.FactRow;
import com.lifeos.query.shared.LocalDays;

/** Learning: this week's minutes and sessions, and the minutes of a range against the weekly aim. */
final class LearningPicture {

    private final Picture picture;

    LearningPicture(Picture picture) {
        this.picture = picture;
    }

    DashboardOverviewView.Learning thisWeek() {
        LocalDate weekStart = LocalDays.weekStartOf(picture.today(), picture.calendar().weekStart());
        List<FactRow> sessions = picture.facts(Areas.LEARNING, weekStart, picture.today());
        return new DashboardOverviewView.Learning(weekStart, Picture.minutes(sessions), sessions.size());
    }

    /** @param firstRecord the date of the first session ever, null when there is none */
    AreaScoreView score(DateRange range, LocalDate firstRecord, int minutesPerWeek) {
        DateRange judged = picture.judgedDays(Areas.LEARNING, range, firstRecord);
        long learned = judged == null ? 0 : Picture.minutes(picture.facts(Areas.LEARNING, judged.from(), judged.to()));
        return LifeScores.learning(learned, judged, minutesPerWeek);
    }
}
