package com.lifeos.query.dashboard;

import java.math.BigDecimal;
import java.math.MathContext;

/** Where a scheduled goal stands: its ratio to the progress expected by today, 1 when at or ahead. */
public record GoalStanding(int progress, int expectedProgress) {

    BigDecimal ratio() {
        if (expectedProgress <= 0 || progress >= expectedProgress) {
            return BigDecimal.ONE;
        }
        return BigDecimal.valueOf(progress).divide(BigDecimal.valueOf(expectedProgress), MathContext.DECIMAL64);
    }
}
