package com.lifeos.query.habit;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How many of a habit's due periods in a range were met.
 *
 * @param duePeriods periods that counted as due
 * @param metPeriods periods among them that were met
 * @param rate       {@code metPeriods / duePeriods} at scale 4, HALF_UP; {@code null} when nothing was due,
 *                   because "no data" must not be shown as either 0% or 100%
 */
public record Completion(int duePeriods, int metPeriods, BigDecimal rate) {

    public static final int RATE_SCALE = 4;

    public Completion {
        if (duePeriods < 0 || metPeriods < 0 || metPeriods > duePeriods) {
            throw new IllegalArgumentException("need 0 <= met <= due, was " + metPeriods + "/" + duePeriods);
        }
        if ((rate == null) != (duePeriods == 0)) {
            throw new IllegalArgumentException("rate must be null exactly when nothing was due");
        }
    }

    /** A completion with its rate derived from the counts. */
    public static Completion of(int duePeriods, int metPeriods) {
        BigDecimal rate = duePeriods == 0
                ? null
                : BigDecimal.valueOf(metPeriods).divide(BigDecimal.valueOf(duePeriods), RATE_SCALE, RoundingMode.HALF_UP);
        return new Completion(duePeriods, metPeriods, rate);
    }
}
