package com.lifeos.api.habit;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import com.lifeos.api.shared.Checks;
import com.lifeos.api.shared.SealedText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Checks a habit in on a local date. {@code today} is the caller's today in {@code zone}: the
 * aggregate has no clock, so it is told what "the future" means.
 */
public record CheckInHabitCommand(@TargetAggregateIdentifier UUID habitId, UUID userId, UUID checkInId,
                                  LocalDate date, LocalDate today, String zone, SealedText notes) {

    public CheckInHabitCommand {
        Checks.addressed("habitId", habitId, userId);
        Objects.requireNonNull(checkInId, "checkInId");
        Checks.localDay("date", date, today, zone);
    }
}
