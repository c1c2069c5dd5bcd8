package com.lifeos.api.time;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One entry; {@code overlapsWith} names the owner's other entries whose [start, end) intersects this one's. */
public record TimeEntryView(UUID id, String activity, String category, Instant startTime, Instant endTime,
                            int durationMinutes, Integer productivityScore, LocalDate date, List<UUID> overlapsWith,
                            Instant createdAt, Instant updatedAt) {
}
