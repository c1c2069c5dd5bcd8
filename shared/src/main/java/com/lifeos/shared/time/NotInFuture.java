package com.lifeos.shared.time;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Facts happen on a day that has begun, never on one to come: a stated date is not after the stater's today (judged
 * in their zone by whoever knows it, since the core has no clock), a stated moment not after their "now" beyond the
 * skew a device's clock may have. The one rule every command, aggregate and request check applies.
 */
public final class NotInFuture {

    private NotInFuture() {
    }

    /** What is wrong with a stated date, or {@code null} when nothing is (no date is fine). */
    public static String problemOf(LocalDate date, LocalDate today) {
        return date != null && date.isAfter(today) ? "must not be in the future (today is " + today + ")" : null;
    }

    /** What is wrong with a stated moment, or {@code null} when nothing is (no moment is fine). */
    public static String problemOf(Instant at, Instant now, Duration skew) {
        return at != null && at.isAfter(now.plus(skew)) ? "must not be in the future (now is " + now + ")" : null;
    }

    /** The core's check: an {@link IllegalArgumentException} naming the field. */
    public static void require(String field, LocalDate date, LocalDate today) {
        refuse(field, problemOf(date, today));
    }

    /** The core's check: an {@link IllegalArgumentException} naming the field. */
    public static void require(String field, Instant at, Instant now, Duration skew) {
        refuse(field, problemOf(at, now, skew));
    }

    private static void refuse(String field, String problem) {
        if (problem != null) {
            throw new IllegalArgumentException(field + " " + problem);
        }
    }
}
