package com.lifeos.app.web;

import com.lifeos.shared.error.InvalidFieldException;

import java.time.LocalDate;

/**
 * The date rules every feature's edge applies before sending a command, so a future date is a 400 naming its
 * field (the aggregate checks again, with {@code command.shared.Days}).
 */
public final class Days {

    private Days() {
    }

    /** A stated date (null when none) must not be after the user's today. */
    public static void requireNotFuture(String field, LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            throw new InvalidFieldException(field, "must not be in the future (today is " + today + ")");
        }
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
            requireNotFuture("start_date", start, today);
        }
        if (start != null && end != null && start.isAfter(end)) {
            throw startGiven
                    ? new InvalidFieldException("start_date", "must not be after " + endField + " (" + end + ")")
                    : new InvalidFieldException(endField, "must not be before start_date (" + start
                            + "); send an earlier start_date with it");
        }
    }
}
