package com.lifeos.query.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import com.lifeos.api.time.TimeEntryTiming;

/** Entries for the analytics tests, written in local times of a zone so the cases read like a diary. */
final class TimeEntries {

    private TimeEntries() {
    }

    static Instant at(String localDateTime, String zone) {
        return LocalDateTime.parse(localDateTime).atZone(ZoneId.of(zone)).toInstant();
    }

    static TimeFacts timed(String category, String start, String end, String zone, Integer score) {
        Instant from = at(start, zone);
        Instant to = at(end, zone);
        return new TimeFacts(UUID.randomUUID(), category, from, to, TimeEntryTiming.wholeMinutes(from, to), score,
                LocalDate.ofInstant(from, ZoneId.of(zone)));
    }

    static TimeFacts timed(UUID id, String start, String end) {
        Instant from = at(start, "UTC");
        Instant to = at(end, "UTC");
        return new TimeFacts(id, null, from, to, TimeEntryTiming.wholeMinutes(from, to), null,
                LocalDate.ofInstant(from, ZoneId.of("UTC")));
    }

    static TimeFacts lasting(String category, int minutes, String date, Integer score) {
        return new TimeFacts(UUID.randomUUID(), category, null, null, minutes, score, LocalDate.parse(date));
    }
}
