package com.lifeos.app.web;

import com.lifeos.shared.error.InvalidFieldException;

import java.time.LocalDate;

import com.lifeos.api.shared.DateRange;
import com.lifeos.api.shared.UserCalendar;

/**
 * The {@code from} and {@code to} query parameters of an analytics endpoint as a range of the user's local
 * dates: {@code to} defaults to the user's today, {@code from} to a window before it; a reversed or over-long
 * range is a 400 naming the parameter.
 */
public final class DateRanges {

    /** Two years and a day: long enough for any year-on-year view, short enough to answer quickly. */
    public static final long MAX_DAYS = 731;

    private DateRanges() {
    }

    public static DateRange of(LocalDate from, LocalDate to, UserCalendar calendar, int defaultDays) {
        LocalDate end = to != null ? to : calendar.today();
        LocalDate start = from != null ? from : end.minusDays(defaultDays - 1L);
        if (start.isAfter(end)) {
            throw new InvalidFieldException("from", "must not be after to");
        }
        DateRange range = new DateRange(start, end);
        if (range.days() > MAX_DAYS) {
            throw new InvalidFieldException("to", "the range may span at most " + MAX_DAYS + " days");
        }
        return range;
    }
}
