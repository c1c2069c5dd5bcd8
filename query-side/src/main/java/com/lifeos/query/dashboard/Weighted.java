package com.lifeos.query.dashboard;

import java.math.BigDecimal;
import java.math.MathContext;

/** A weighted mean in the making: the sum of value x weight and the sum of weights. */
public record Weighted(BigDecimal weightedSum, BigDecimal weight) {

    public static final Weighted NONE = new Weighted(BigDecimal.ZERO, BigDecimal.ZERO);

    public Weighted plus(BigDecimal value, BigDecimal weightOfValue) {
        return new Weighted(weightedSum.add(value.multiply(weightOfValue)), weight.add(weightOfValue));
    }

    /** The mean, or null when nothing was weighed. */
    public BigDecimal mean() {
        return weight.signum() == 0 ? null : weightedSum.divide(weight, MathContext.DECIMAL64);
    }
}
