package com.lifeos.api.health;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Where each of the user's metrics stands on their {@code today}: one entry per type and series unit (weight in
 * pounds counts as kilograms), ordered by type. The 7- and 30-day windows are the local days ending today;
 * their averages are over the readings in them (null with none).
 */
public record HealthAnalyticsView(LocalDate today, List<PerMetric> metrics) {

    /**
     * {@code personalBest} is the reading at the end {@code personalBestIs} names (null when that is
     * {@link PersonalBest#NONE}); {@code lowest} and {@code highest} are there for every type.
     */
    public record PerMetric(String metricType, String unit, int readings, Reading latest, BigDecimal sevenDayAverage,
                            BigDecimal thirtyDayAverage, int daysLoggedLastThirty, PersonalBest personalBestIs,
                            Reading personalBest, Reading lowest, Reading highest) {
    }

    public record Reading(BigDecimal value, Instant recordedAt, LocalDate recordedOn) {
    }
}
