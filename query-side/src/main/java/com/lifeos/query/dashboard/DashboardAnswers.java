package com.lifeos.query.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.lifeos.api.dashboard.AreaScoreView;
import com.lifeos.api.dashboard.DashboardMetricsView;
import com.lifeos.api.dashboard.DashboardOverviewView;
import com.lifeos.api.dashboard.DayProductivityView;
import com.lifeos.api.shared.DateRange;
import com.lifeos.projection.dashboard.Areas;

/** The dashboard's answers, each area's part drawn by that area's picture. */
final class DashboardAnswers {

    private DashboardAnswers() {
    }

    static DashboardOverviewView overview(Picture picture, String currency) {
        return new DashboardOverviewView(picture.today(), new HabitPicture(picture).today(),
                new GoalPicture(picture).today(), new ProjectPicture(picture).today(),
                new FinancePicture(picture, currency).thisMonth(), new HealthPicture(picture).latest(),
                new LearningPicture(picture).thisWeek(), new ContactPicture(picture).due(),
                new TimePicture(picture).today(), new JournalPicture(picture).latest());
    }

    /**
     * @param firstRecords the date of the first record ever of each area judged day by day (health, learning,
     *                     journal), absent or null when it has none
     */
    static DashboardMetricsView metrics(Picture picture, DateRange range, String currency,
                                        int learningMinutesPerWeek, Map<String, LocalDate> firstRecords) {
        HabitPicture habits = new HabitPicture(picture);
        TimePicture time = new TimePicture(picture);
        List<AreaScoreView> areas = List.of(
                habits.score(range),
                new GoalPicture(picture).score(),
                new ProjectPicture(picture).score(),
                new HealthPicture(picture).score(range, firstRecords.get(Areas.HEALTH)),
                new FinancePicture(picture, currency).score(range.from(), range.to()),
                new LearningPicture(picture).score(range, firstRecords.get(Areas.LEARNING), learningMinutesPerWeek),
                new ContactPicture(picture).score(),
                time.score(range.from(), range.to()),
                new JournalPicture(picture).score(range, firstRecords.get(Areas.JOURNAL)));
        List<DayProductivityView> days = new ArrayList<>();
        for (LocalDate day = range.from(); !day.isAfter(range.to()) && !day.isAfter(picture.today());
             day = day.plusDays(1)) {
            HabitPicture.Day habitDay = habits.on(day);
            days.add(LifeScores.productivity(day, habitDay.due(), habitDay.done(), time.productivity(day)));
        }
        return new DashboardMetricsView(range.from(), range.to(), areas, Balance.balance(areas),
                Balance.strongest(areas), Balance.weakest(areas), days);
    }
}
