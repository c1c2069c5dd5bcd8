package com.lifeos.command.shared;

import java.time.LocalDate;

/** Rules about the local dates people state: facts happen on a day that has begun, never on one to come. */
public final class Days {

    private Days() {
    }

    /** A stated date (null when none) must not be after the caller's today, as judged in their zone. */
    public static void requireNotFuture(String field, LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            throw new IllegalArgumentException(field + " must not be in the future (today is " + today + ")");
        }
    }
}
