package com.lifeos.query.dashboard;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import com.lifeos.api.dashboard.AreaScoreView;
import com.lifeos.api.dashboard.DashboardOverviewView;
import com.lifeos.api.shared.DateRange;
import com.lifeos.projection.dashboard.Areas;

/** Health: the latest reading of each metric, and the days with a reading since the first one. */
final class HealthPicture {

    private final Picture picture;

    HealthPicture(Picture picture) {
        this.picture = picture;
    }

    List<DashboardOverviewView.HealthValue> latest() {
        return picture.subjects(Areas.HEALTH, "latest").stream()
                .map(s -> new DashboardOverviewView.HealthValue(s.title(), s.amount(), s.unit(), s.recordedAt()))
                .sorted(Comparator.comparing(DashboardOverviewView.HealthValue::metricType))
                .toList();
    }

    /** @param firstRecord the date of the first reading ever, null when there is none */
    AreaScoreView score(DateRange range, LocalDate firstRecord) {
        DateRange judged = picture.judgedDays(Areas.HEALTH, range, firstRecord);
        return LifeScores.health(picture.daysWithFacts(Areas.HEALTH, judged), judged);
    }
}
