package com.lifeos.query.time;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an entry with times into the local clock hours it covers, in the user's zone. An entry of n minutes
 * has n minute slots, slot k starting k minutes after its start (so the pieces always add up to its duration,
 * even when start and end are not on whole minutes); a slot counts in the local hour it starts in. A day
 * that falls back has its repeated hour twice (as two pieces with the same local hour); a day that springs
 * forward has no piece for the skipped hour.
 */
final class LocalHours {

    private static final long MINUTE_NANOS = Duration.ofMinutes(1).toNanos();

    private LocalHours() {
    }

    /** One local hour's share of an entry: the hour's start, in the user's zone, and the minutes in it. */
    record Piece(ZonedDateTime hour, long minutes) {
    }

    /** The entry's pieces within [{@code from}, {@code to}), in time order, leaving out empty ones. */
    static List<Piece> of(TimeFacts entry, ZoneId zone, Instant from, Instant to) {
        List<Piece> pieces = new ArrayList<>();
        Instant end = entry.start().plus(Duration.ofMinutes(entry.durationMinutes()));
        ZonedDateTime hour = entry.start().atZone(zone).truncatedTo(ChronoUnit.HOURS);
        while (hour.toInstant().isBefore(end)) {
            ZonedDateTime next = hour.plusHours(1);
            Instant pieceStart = latest(hour.toInstant(), from);
            Instant pieceEnd = earliest(next.toInstant(), to);
            if (pieceStart.isBefore(pieceEnd)) {
                long minutes = slotsBefore(entry, pieceEnd) - slotsBefore(entry, pieceStart);
                if (minutes > 0) {
                    pieces.add(new Piece(hour, minutes));
                }
            }
            hour = next;
        }
        return pieces;
    }

    /** How many of the entry's minute slots start before {@code instant}. */
    private static long slotsBefore(TimeFacts entry, Instant instant) {
        long slots = Math.ceilDiv(Duration.between(entry.start(), instant).toNanos(), MINUTE_NANOS);
        return Math.clamp(slots, 0, entry.durationMinutes());
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
