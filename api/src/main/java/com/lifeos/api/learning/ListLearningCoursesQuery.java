package com.lifeos.api.learning;

import java.util.Objects;
import java.util.UUID;

import com.lifeos.api.shared.PageRequest;

/** The user's courses, the one learned most recently first. */
public record ListLearningCoursesQuery(UUID userId, PageRequest page) {

    public ListLearningCoursesQuery {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(page, "page");
    }
}
