package com.lifeos.app.account;

import java.time.DayOfWeek;
import java.util.Locale;

/**
 * How a week start is written and read, the same in the profile and in the settings: written as the day's
 * lower-case English name ({@code monday}), read from that name or its three-letter abbreviation in any case
 * ({@code MONDAY}, {@code Mon}).
 */
final class WeekStart {

    static final String PATTERN = "MON(DAY)?|TUE(SDAY)?|WED(NESDAY)?|THU(RSDAY)?|FRI(DAY)?|SAT(URDAY)?|SUN(DAY)?";
    static final String MESSAGE = "must be a day of the week: monday, tuesday, wednesday, thursday, friday, "
            + "saturday or sunday (or mon to sun)";

    private WeekStart() {
    }

    /** The day named by an already validated week start, or {@code otherwise} when none was given. */
    static DayOfWeek parseOr(String name, DayOfWeek otherwise) {
        if (name == null) {
            return otherwise;
        }
        String abbreviation = name.substring(0, 3).toUpperCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().startsWith(abbreviation)) {
                return day;
            }
        }
        throw new IllegalArgumentException("not a day of the week: " + name);
    }

    /** Whether the text names a day as {@link #PATTERN} accepts it. */
    static boolean isDay(String name) {
        return name != null && name.toUpperCase(Locale.ROOT).matches(PATTERN);
    }

    /** The day as JSON shows it: {@code monday}. */
    static String nameOf(DayOfWeek day) {
        return day.name().toLowerCase(Locale.ROOT);
    }
}
