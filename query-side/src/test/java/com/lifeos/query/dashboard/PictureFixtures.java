package com.lifeos.query.dashboard;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import com.lifeos.api.shared.UserCalendar;
import com.lifeos.projection.dashboard.FactRow;
import com.lifeos.projection.dashboard.SubjectRow;

/** One person's rows on Wednesday 2026-03-18, in UTC, with weeks from Monday 2026-03-16. */
final class PictureFixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 18);
    static final LocalDate MONDAY = LocalDate.of(2026, 3, 16);
    static final UserCalendar CALENDAR = new UserCalendar(ZoneOffset.UTC, TODAY, DayOfWeek.MONDAY);

    private PictureFixtures() {
    }

    static Picture picture(List<SubjectRow> subjects, List<FactRow> facts) {
        return new Picture(CALENDAR, subjects, facts);
    }
}
