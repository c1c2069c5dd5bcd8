package com.lifeos.query.habit;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A habit's streak as of some day.
 *
 * @param current         consecutive met periods ending at the current period, or at the previous one
 *                        while the current period is still open
 * @param longest         longest run of consecutive met periods ever; never less than {@code current}
 * @param unit            what one period is
 * @param lastCheckinDate latest counting check-in up to that day, {@code null} when there is none
 */
public record Streak(int current, int longest, StreakUnit unit, LocalDate lastCheckinDate) {

    public Streak {
        Objects.requireNonNull(unit, "unit");
        if (current < 0 || longest < current) {
            throw new IllegalArgumentException("need 0 <= current <= longest, was " + current + "/" + longest);
        }
    }
}
