package com.lifeos.api.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The dates LifeOS accepts: 1900-01-01 to 2200-12-31. Wider than any life being tracked, narrow enough that every
 * date and instant survives arithmetic (a day added, a week's start) and every column type of every database.
 */
public final class DateBounds {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2200, 12, 31);
    public static final String MESSAGE = "must be between " + EARLIEST + " and " + LATEST;

    private DateBounds() {
    }

    public static boolean contains(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    /** An instant is judged by its date in UTC. */
    public static boolean contains(Instant instant) {
        return instant.isAfter(EARLIEST.atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1))
                && instant.isBefore(LATEST.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** Rejects a date outside the bounds; null stays null. */
    public static LocalDate require(String field, LocalDate date) {
        if (date != null && !contains(date)) {
            throw new IllegalArgumentException(field + " " + MESSAGE);
        }
        return date;
    }

    /**
     * Rejects a start after its end (a day may be both); either may be null. The message names the start field, or
     * the end field when {@code endMoved} says the end is what was just given.
     */
    public static void requireInOrder(String startField, LocalDate start, String endField, LocalDate end,
                                      boolean endMoved) {
        if (start != null && end != null && start.isAfter(end)) {
            throw new IllegalArgumentException(endMoved
                    ? endField + " must not be before " + startField + " (" + start + ")"
                    : startField + " must not be after " + endField + " (" + end + ")");
        }
    }

    /**
     * A planned span (a goal's, a project's): start and end within the bounds and in order (either may be null), and
     * the sender's today, which the aggregate (having no clock) keeps the start from passing.
     */
    public static void requirePlan(String startField, LocalDate start, String endField, LocalDate end,
                                   LocalDate today) {
        require(startField, start);
        require(endField, end);
        requireInOrder(startField, start, endField, end, false);
        Objects.requireNonNull(today, "today");
    }

    /** Rejects an instant outside the bounds; null stays null. */
    public static Instant require(String field, Instant instant) {
        if (instant != null && !contains(instant)) {
            throw new IllegalArgumentException(field + " " + MESSAGE);
        }
        return instant;
    }
}
