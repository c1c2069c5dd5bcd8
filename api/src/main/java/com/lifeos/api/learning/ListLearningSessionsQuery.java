package com.lifeos.api.learning;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import com.lifeos.api.shared.PageRequest;

/**
 * The user's sessions, latest session date first, narrowed by each filter that is present: session dates from
 * {@code from} to {@code to} (both included), and a course name or platform compared trimmed and ignoring case.
 */
public record ListLearningSessionsQuery(UUID userId, LocalDate from, LocalDate to, String courseName,
                                        String platform, PageRequest page) {

    public ListLearningSessionsQuery {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(page, "page");
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from must not be after to");
        }
    }
}
