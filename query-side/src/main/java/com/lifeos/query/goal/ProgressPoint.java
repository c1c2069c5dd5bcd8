package com.lifeos.query.goal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A goal's progress as it stood after a change on a local date. */
public record ProgressPoint(LocalDate date, int progress) {

    /** A change recorded at {@code at}, dated on the owner's own calendar. */
    public static ProgressPoint of(Instant at, ZoneId zone, int progress) {
        return new ProgressPoint(at.atZone(zone).toLocalDate(), progress);
    }
}
