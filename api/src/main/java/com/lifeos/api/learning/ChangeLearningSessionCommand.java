package com.lifeos.api.learning;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import com.lifeos.api.shared.Checks;
import com.lifeos.api.shared.DateBounds;
import com.lifeos.api.shared.Owned;
import com.lifeos.api.shared.SealedText;
import com.lifeos.api.shared.Texts;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A partial change: every null field keeps its value. A blank {@code platform} removes the platform;
 * {@code clearNotes} removes the notes (it cannot come with new notes). {@code today} is the caller's today, so
 * the session is never moved into the future.
 */
public record ChangeLearningSessionCommand(@TargetAggregateIdentifier UUID sessionId, UUID userId,
                                           String courseName, String platform, Integer durationMinutes,
                                           Integer progressPercentage, LocalDate sessionDate, SealedText notes,
                                           boolean clearNotes, LocalDate today) implements Owned {

    public ChangeLearningSessionCommand {
        DateBounds.require("session_date", sessionDate);
        Checks.addressed("sessionId", sessionId, userId);
        Objects.requireNonNull(today, "today");
        Texts.replacement("course_name", courseName, LearningSessionDetails.COURSE_NAME_MAX);
        if (notes != null && clearNotes) {
            throw new IllegalArgumentException("notes cannot be replaced and cleared at once");
        }
    }
}
