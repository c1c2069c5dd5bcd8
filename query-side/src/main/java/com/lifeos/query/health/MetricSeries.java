package com.lifeos.query.health;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

import com.lifeos.api.health.MetricTypes;

/**
 * Puts a type's readings on one scale so they can be compared: weight recorded in pounds counts as kilograms;
 * every other reading keeps the unit it was recorded in, and readings of one type in different units are
 * different series. Also the one rounding rule of health answers: two decimals, HALF_EVEN.
 */
public final class MetricSeries {

    static final int SCALE = 2;

    private MetricSeries() {
    }

    /** The unit of the series a reading belongs to. */
    public static String unitOf(String metricType, String unit) {
        return isPounds(metricType, unit) ? MetricTypes.KILOGRAMS : unit;
    }

    /** The reading's value in its series unit, unrounded (a pound is exactly 0.45359237 kg). */
    public static BigDecimal valueOf(String metricType, BigDecimal value, String unit) {
        return isPounds(metricType, unit) ? value.multiply(MetricTypes.KILOGRAMS_PER_POUND) : value;
    }

    /** The mean of the values, to two decimals HALF_EVEN; null for none. */
    public static BigDecimal mean(Collection<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(values.size()), SCALE, RoundingMode.HALF_EVEN);
    }

    static BigDecimal rounded(BigDecimal value) {
        return value == null ? null : value.setScale(SCALE, RoundingMode.HALF_EVEN);
    }

    private static boolean isPounds(String metricType, String unit) {
        return MetricTypes.WEIGHT.equals(metricType) && MetricTypes.POUNDS.equals(unit);
    }
}
