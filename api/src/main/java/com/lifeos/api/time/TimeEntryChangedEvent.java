package com.lifeos.api.time;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.api.shared.Owned;
import com.lifeos.api.shared.PersonalText;

/** The entry's facts after a change (all of them, not only the changed ones), as in {@link TimeEntryCreatedEvent}. */
public record TimeEntryChangedEvent(UUID entryId, UUID userId, @PersonalText String activity,
                                    @PersonalText String category, Instant startTime, Instant endTime,
                                    int durationMinutes, Integer productivityScore, LocalDate date,
                                    String zone) implements Owned {
}
