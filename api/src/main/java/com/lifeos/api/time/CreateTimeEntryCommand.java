package com.lifeos.api.time;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;

import com.lifeos.api.shared.Checks;
import com.lifeos.api.shared.DateBounds;
import com.lifeos.shared.time.NotInFuture;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records what a person spent time on. {@code date} is the local date the entry belongs to: for an entry with
 * times it is the date of {@code startTime} in {@code zone} (null is filled in, another date is refused); for a
 * duration alone the sender gives it. {@code today} is the sender's today in {@code zone}: no entry is dated later.
 */
public record CreateTimeEntryCommand(@TargetAggregateIdentifier UUID entryId, UUID userId, String activity,
                                     String category, TimeEntryTiming timing, Integer productivityScore,
                                     LocalDate date, String zone, LocalDate today) {

    public CreateTimeEntryCommand {
        DateBounds.require("start_time", timing == null ? null : timing.startTime());
        DateBounds.require("end_time", timing == null ? null : timing.endTime());
        DateBounds.require("date", date);
        Checks.addressed("entryId", entryId, userId);
        TimeEntryFacts.requireActivity(activity);
        TimeEntryFacts.requireCategory(category);
        TimeEntryFacts.requireScore(productivityScore);
        Objects.requireNonNull(timing, "timing");
        Objects.requireNonNull(today, "today");
        date = TimeEntryFacts.dateOf(timing, date, ZoneId.of(Objects.requireNonNull(zone, "zone")));
        NotInFuture.require("date", date, today);
    }
}
