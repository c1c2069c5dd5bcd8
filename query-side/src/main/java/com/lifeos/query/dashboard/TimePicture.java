package com.lifeos.query.dashboard;

import java.time.LocalDate;
import java.util.List;

import com.lifeos.api.dashboard.AreaScoreView;
import com.lifeos.api.dashboard.DashboardOverviewView;
import com.lifeos.projection.dashboard.Areas;
import com.lifeos.projection.dashboard.FactRow;

/** Tracked time: today's minutes, and the duration-weighted productivity score of a range or a day. */
final class TimePicture {

    private final Picture picture;

    TimePicture(Picture picture) {
        this.picture = picture;
    }

    DashboardOverviewView.Time today() {
        List<FactRow> entries = picture.facts(Areas.TIME, picture.today(), picture.today());
        return new DashboardOverviewView.Time(Picture.minutes(entries), entries.size());
    }

    AreaScoreView score(LocalDate from, LocalDate to) {
        List<FactRow> entries = picture.facts(Areas.TIME, from, to);
        return LifeScores.time(weighted(entries), Picture.minutes(entries));
    }

    Weighted productivity(LocalDate day) {
        return weighted(picture.facts(Areas.TIME, day, day));
    }

    private static Weighted weighted(List<FactRow> entries) {
        Weighted weighted = Weighted.NONE;
        for (FactRow entry : entries) {
            if (entry.weight() != null && entry.amount() != null) {
                weighted = weighted.plus(entry.weight(), entry.amount());
            }
        }
        return weighted;
    }
}
