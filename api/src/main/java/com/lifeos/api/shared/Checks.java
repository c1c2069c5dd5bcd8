package com.lifeos.api.shared;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * The syntax rules many messages share, so each is written once: who a command is for, a day judged in the sender's
 * zone, a percentage. Rules only, no behaviour: a message's compact constructor calls them.
 */
public final class Checks {

    private Checks() {
    }

    /**
     * Rejects a missing value a message cannot do without as bad input ({@code IllegalArgumentException}, a 400), not
     * as a slip of the sender's code; returns the value.
     */
    public static <T> T present(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
        return value;
    }

    /** A command names the entity it targets and the person who sends it. */
    public static void addressed(String idField, UUID id, UUID userId) {
        Objects.requireNonNull(id, idField);
        Objects.requireNonNull(userId, "userId");
    }

    /**
     * A local day given for a fact: within the bounds, with the sender's today and the zone it was judged in, so
     * the aggregate (which has no clock) knows what "the future" means.
     */
    public static void localDay(String field, LocalDate day, LocalDate today, String zone) {
        DateBounds.require(field, day);
        Objects.requireNonNull(day, field);
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(zone, "zone");
    }

    /** Rejects a percentage outside 0 to 100. */
    public static int percent(String field, int value) {
        if (value < 0 || value > 100) {
            throw new IllegalArgumentException(field + " must be between 0 and 100");
        }
        return value;
    }
}
