package com.lifeos.api.time;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.api.shared.Owned;
import com.lifeos.api.shared.PersonalText;

/**
 * A new time entry. {@code startTime} and {@code endTime} are both present or both null; {@code durationMinutes}
 * is the entry's length (for an entry with times, the whole minutes between them, rounded down); {@code date} is
 * the local date it belongs to, judged in {@code zone}; {@code productivityScore} (1-10) and {@code category} may
 * be null.
 */
public record TimeEntryCreatedEvent(UUID entryId, UUID userId, @PersonalText String activity,
                                    @PersonalText String category, Instant startTime, Instant endTime,
                                    int durationMinutes, Integer productivityScore, LocalDate date,
                                    String zone) implements Owned {
}
