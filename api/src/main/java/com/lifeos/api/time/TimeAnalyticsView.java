package com.lifeos.api.time;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Where the time of the local days {@code from}..{@code to} went. Minutes of entries with times count on the
 * local days (and only the part inside the range) they cover; a duration alone counts on its date.
 * {@code byCategory}: most minutes first, {@code share} = minutes / total x 100 (1 decimal, half-even; the shares
 * may miss 100 by rounding). {@code byDay}: every day of the range. {@code overlaps}: pairs of entries whose
 * overlap begins inside the range.
 */
public record TimeAnalyticsView(LocalDate from, LocalDate to, long totalMinutes, List<CategoryMinutes> byCategory,
                                List<DayMinutes> byDay, List<Overlap> overlaps) {

    public record CategoryMinutes(String category, long minutes, BigDecimal share) {
    }

    public record DayMinutes(LocalDate date, long minutes) {
    }

    /** Two entries that overlap from {@code start} to {@code end}: {@code minutes} whole minutes, rounded down. */
    public record Overlap(UUID firstId, UUID secondId, Instant start, Instant end, long minutes) {
    }
}
