package com.lifeos.app.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/** The counter of one instance: the embedded default, and the fallback while Redis cannot be reached. */
@Component
class InProcessRateCounter implements RateCounter {

    private static final int SWEEP_ABOVE = 10_000;

    private final Map<String, Slot> slots = new ConcurrentHashMap<>();
    private final Clock clock;

    InProcessRateCounter(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Window count(String key, Duration window, boolean increment) {
        Instant now = clock.instant();
        if (slots.size() > SWEEP_ABOVE) {
            slots.values().removeIf(slot -> !slot.endsAt().isAfter(now));
        }
        Slot slot = slots.compute(key, (k, current) -> {
            Slot live = current == null || !current.endsAt().isAfter(now) ? new Slot(now.plus(window), 0) : current;
            return increment ? new Slot(live.endsAt(), live.count() + 1) : live;
        });
        return new Window(slot.count(), Duration.between(now, slot.endsAt()));
    }

    private record Slot(Instant endsAt, long count) {
    }
}
