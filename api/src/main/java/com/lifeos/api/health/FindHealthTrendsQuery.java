package com.lifeos.api.health;

import java.util.Objects;
import java.util.UUID;

import com.lifeos.api.shared.Bucket;
import com.lifeos.api.shared.DateRange;
import com.lifeos.api.shared.UserCalendar;

/**
 * One metric type's readings over a range of local days, per bucket. {@code unit} picks the series when the type
 * was recorded in several units (weight in pounds counts as kilograms); null means the latest reading's.
 */
public record FindHealthTrendsQuery(UUID userId, String metricType, String unit, DateRange range, Bucket bucket,
                                    UserCalendar calendar) {

    public FindHealthTrendsQuery {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(calendar, "calendar");
        metricType = MetricTypes.normalise(metricType);
    }
}
