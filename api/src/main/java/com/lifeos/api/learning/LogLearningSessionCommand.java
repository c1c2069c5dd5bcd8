package com.lifeos.api.learning;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import com.lifeos.api.shared.DateBounds;
import com.lifeos.api.shared.Owned;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Logs a learning session. {@code today} is the caller's today in {@code zone} (the aggregate has no clock), so
 * a session date after it is refused; {@code zone} is kept with the event because the date may have been
 * defaulted from the clock there.
 */
public record LogLearningSessionCommand(@TargetAggregateIdentifier UUID sessionId, UUID userId,
                                        LearningSessionDetails details, String zone, LocalDate today) implements Owned {

    public LogLearningSessionCommand {
        DateBounds.require("session_date", details == null ? null : details.sessionDate());
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(today, "today");
    }
}
