package com.lifeos.query.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money keeps two places and percentages one, both rounded half to even (banker's rounding). */
final class Amounts {

    static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Amounts() {
    }

    static BigDecimal money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_EVEN);
    }

    /** {@code part} as a percent of {@code whole} with one decimal; null when the whole is zero. */
    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_EVEN);
    }
}
