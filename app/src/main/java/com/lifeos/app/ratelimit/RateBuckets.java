package com.lifeos.app.ratelimit;

import com.lifeos.app.ratelimit.RateLimitProperties.Limit;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;

/**
 * Token buckets per key (Bucket4j): in process, or in Redis so that every instance counts together. Each take is
 * one atomic step, however many requests race for the same key.
 */
interface RateBuckets {

    /** Takes one request from the key's bucket, telling whether it was there and, if not, how long until it is. */
    ConsumptionProbe take(String key, Limit limit);

    /** Whether a request could be taken now, without taking it. */
    EstimationProbe peek(String key, Limit limit);
}
