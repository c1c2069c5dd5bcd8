package com.lifeos.query.learning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.UUID;

import com.lifeos.projection.learning.LearningSessionRow;

/**
 * What the course and analytics math need of one session; {@code platform} and {@code progress} may be null.
 * {@code loggedAt} (when the session was first logged) orders two sessions of the same date.
 */
public record SessionFacts(UUID id, String courseName, String platform, int minutes, Integer progress,
                          LocalDate date, Instant loggedAt) {

    /** Oldest first: by session date, then by when it was logged, then by id so the order is total. */
    static final Comparator<SessionFacts> CHRONOLOGICAL = Comparator.comparing(SessionFacts::date)
            .thenComparing(SessionFacts::loggedAt)
            .thenComparing(SessionFacts::id);

    String courseKey() {
        return LearningSessionRow.keyOf(courseName);
    }

    String platformKey() {
        return LearningSessionRow.keyOf(platform);
    }
}
