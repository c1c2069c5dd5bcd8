package com.lifeos.api.health;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.lifeos.api.shared.Bucket;

/**
 * A metric's readings per bucket over {@code [from, to]}, all in {@code unit}. Every bucket the range touches is
 * present; one without readings has a count of 0 and null statistics. {@code movingAverage} is the mean of the
 * averages of the buckets with readings among this one and the six before it; {@code change} compares the last
 * bucket with readings to the first (null with fewer than two).
 */
public record HealthTrendsView(String metricType, String unit, Bucket bucket, LocalDate from, LocalDate to,
                               List<Point> points, Change change) {

    public record Point(LocalDate start, LocalDate end, int count, BigDecimal min, BigDecimal max,
                        BigDecimal average, BigDecimal movingAverage) {
    }

    /** Last average minus first; {@code percent} of the first (one decimal), null when the first is zero. */
    public record Change(LocalDate fromBucket, LocalDate toBucket, BigDecimal absolute, BigDecimal percent) {
    }
}
