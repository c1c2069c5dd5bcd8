package com.lifeos.app.ratelimit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.lifeos.app.ratelimit.RateLimitProperties.Limit;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import org.springframework.stereotype.Component;

/** The buckets of one instance: the embedded default, and the fallback while Redis cannot serve. */
@Component
class InProcessRateBuckets implements RateBuckets {

    private static final int SWEEP_ABOVE = 10_000;

    private final Map<String, Held> buckets = new ConcurrentHashMap<>();

    @Override
    public ConsumptionProbe take(String key, Limit limit) {
        return bucket(key, limit).tryConsumeAndReturnRemaining(1);
    }

    @Override
    public EstimationProbe peek(String key, Limit limit) {
        return bucket(key, limit).estimateAbilityToConsume(1);
    }

    private Bucket bucket(String key, Limit limit) {
        long now = System.nanoTime();
        if (buckets.size() > SWEEP_ABOVE) {
            // a bucket left alone for its whole window is full again: forgetting it changes nothing
            buckets.values().removeIf(held -> now - held.lastUsed > held.windowNanos);
        }
        Held held = buckets.computeIfAbsent(key, k -> new Held(Bucket.builder().addLimit(limit.bandwidth()).build(),
                limit.window().toNanos()));
        held.lastUsed = now;
        return held.bucket;
    }

    private static final class Held {

        private final Bucket bucket;
        private final long windowNanos;
        private volatile long lastUsed;

        private Held(Bucket bucket, long windowNanos) {
            this.bucket = bucket;
            this.windowNanos = windowNanos;
        }
    }
}
