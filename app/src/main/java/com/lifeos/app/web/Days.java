package com.lifeos.app.web;

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
}
