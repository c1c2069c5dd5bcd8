package com.lifeos.app.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import com.lifeos.api.shared.DateRange;
import com.lifeos.api.shared.UserCalendar;
import com.lifeos.shared.error.InvalidFieldException;
import com.lifeos.shared.time.NotInFuture;

/**
 * The date rules of requests, judged in the user's zone before a command is sent or a query asked: a stated date is
 * never in the future ({@link NotInFuture}, which the core applies again), and {@code from}/{@code to} query
 * parameters make a bounded range of local dates. Each violation is a 400 naming its field.
 */
public final class Days {

    /** Two years and a day: long enough for any year-on-year view, short enough to answer quickly. */
    public static final long MAX_RANGE_DAYS = 731;

    private Days() {
    }

    /** A stated date (null when none) must not be after the user's today. */
    public static void requireNotFuture(String field, LocalDate date, UserCalendar calendar) {
        refuse(field, NotInFuture.problemOf(date, calendar.today()));
    }

    /** The day a record is for: the stated one (which must not be after the user's today), else that today. */
    public static LocalDate statedOrToday(String field, LocalDate stated, UserCalendar calendar) {
        requireNotFuture(field, stated, calendar);
        return stated != null ? stated : calendar.today();
    }

    /** A stated moment (null when none) must not be after now, beyond the skew a device's clock may have. */
    public static void requireNotFuture(String field, Instant at, Instant now, Duration skew) {
        refuse(field, NotInFuture.problemOf(at, now, skew));
    }

    /**
     * The start date of a new goal or project that states none: the user's today, or its end date when that has
     * passed already (a project recorded after its due date began no later than that).
     */
    public static LocalDate defaultStart(LocalDate end, LocalDate today) {
        return end != null && end.isBefore(today) ? end : today;
    }

    /**
     * The start date of a goal or project (after a change: the one it will have, null when none) must not be in the
     * future when it was just given, nor after the end date it will have ({@code endField}, null when none). When
     * only the end moved, the end is the field named.
     */
    public static void requireStart(LocalDate start, boolean startGiven, String endField, LocalDate end,
                                    LocalDate today) {
        if (startGiven) {
            refuse("start_date", NotInFuture.problemOf(start, today));
        }
        if (start != null && end != null && start.isAfter(end)) {
            throw startGiven
                    ? new InvalidFieldException("start_date", "must not be after " + endField + " (" + end + ")")
                    : new InvalidFieldException(endField, "must not be before start_date (" + start
                            + "); send an earlier start_date with it");
        }
    }

    /**
     * The {@code from} and {@code to} query parameters of an analytics endpoint as a range of the user's local
     * dates: {@code to} defaults to the user's today, {@code from} to {@code defaultDays} ending there; a reversed or
     * over-long range is refused.
     */
    public static DateRange range(LocalDate from, LocalDate to, UserCalendar calendar, int defaultDays) {
        LocalDate end = to != null ? to : calendar.today();
        LocalDate start = from != null ? from : end.minusDays(defaultDays - 1L);
        requireOrdered(start, end);
        DateRange range = new DateRange(start, end);
        if (range.days() > MAX_RANGE_DAYS) {
            throw new InvalidFieldException("to", "the range may span at most " + MAX_RANGE_DAYS + " days");
        }
        return range;
    }

    /** Optional {@code from} and {@code to} filters of a list: when both are given, in order. */
    public static void requireOrdered(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidFieldException("from", "must not be after to");
        }
    }

    private static void refuse(String field, String problem) {
        if (problem != null) {
            throw new InvalidFieldException(field, problem);
        }
    }
}
