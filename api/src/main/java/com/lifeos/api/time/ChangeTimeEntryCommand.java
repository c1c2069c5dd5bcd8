package com.lifeos.api.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;

import com.lifeos.api.shared.Checks;
import com.lifeos.api.shared.DateBounds;
import com.lifeos.shared.time.NotInFuture;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A partial change: null fields keep their value. New start or end times re-derive the duration and the date;
 * {@code clearTimes} turns an entry with times into a duration alone (see {@link TimeEntryTiming#changed}).
 * {@code zone} and {@code today} are the sender's, used when a date has to be judged again.
 */
public record ChangeTimeEntryCommand(@TargetAggregateIdentifier UUID entryId, UUID userId, String activity,
                                     String category, Instant startTime, Instant endTime, Integer durationMinutes,
                                     boolean clearTimes, Integer productivityScore, LocalDate date, String zone,
                                     LocalDate today) {

    public ChangeTimeEntryCommand {
        DateBounds.require("start_time", startTime);
        DateBounds.require("end_time", endTime);
        DateBounds.require("date", date);
        Checks.addressed("entryId", entryId, userId);
        if (activity != null) {
            TimeEntryFacts.requireActivity(activity);
        }
        TimeEntryFacts.requireCategory(category);
        TimeEntryFacts.requireScore(productivityScore);
        ZoneId.of(Objects.requireNonNull(zone, "zone"));
        Objects.requireNonNull(today, "today");
        NotInFuture.require("date", date, today);
    }
}
