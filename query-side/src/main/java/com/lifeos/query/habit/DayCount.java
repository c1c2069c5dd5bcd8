package com.lifeos.query.habit;

import java.time.LocalDate;
import java.util.Objects;

/** Number of check-ins on one day. */
public record DayCount(LocalDate date, int count) {

    public DayCount {
        Objects.requireNonNull(date, "date");
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, was " + count);
        }
    }
}
