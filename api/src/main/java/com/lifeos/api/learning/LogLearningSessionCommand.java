package com.lifeos.api.learning;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import com.lifeos.api.shared.Checks;
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
        Checks.addressed("sessionId", sessionId, userId);
        Objects.requireNonNull(details, "details");
        Checks.localDay("session_date", details.sessionDate(), today, zone);
    }
}
