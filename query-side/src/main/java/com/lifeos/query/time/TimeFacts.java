package com.lifeos.query.time;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What the analytics need of one entry: {@code start} and {@code end} (both null for a duration alone), its
 * length in whole minutes, its score (or null) and the local date it was recorded on.
 */
record TimeFacts(UUID id, String category, Instant start, Instant end, int durationMinutes, Integer score,
                 LocalDate date) {

    boolean timed() {
        return start != null;
    }
}
