package com.lifeos.app.account;

import java.time.DayOfWeek;
import java.util.Locale;

/** How a week start is accepted: a day's English name, in any case. */
final class WeekStart {

    static final String PATTERN = "MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY";
    static final String MESSAGE = "must be a day of the week, MONDAY to SUNDAY";

    private WeekStart() {
    }

    /** The day named by an already validated week start, or {@code otherwise} when none was given. */
    static DayOfWeek parseOr(String name, DayOfWeek otherwise) {
        return name == null ? otherwise : DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
    }
}
