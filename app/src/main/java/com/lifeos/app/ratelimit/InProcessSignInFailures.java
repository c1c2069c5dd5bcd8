package com.lifeos.app.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import com.lifeos.app.ratelimit.RateLimitProperties.Throttle;
import org.springframework.stereotype.Component;

/** The embedded default, and the fallback while Redis cannot serve. */
@Component
class InProcessSignInFailures implements SignInFailures {

    private static final int SWEEP_ABOVE = 10_000;

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    @Override
    public Duration attempt(String key, Instant now, Throttle throttle, Duration accountCeilingWait) {
        if (failures.size() > SWEEP_ABOVE) {
            failures.values().removeIf(entry -> !entry.forgetAt().isAfter(now));
        }
        AtomicReference<Duration> wait = new AtomicReference<>(Duration.ZERO);
        failures.compute(key, (k, current) -> {
            Failures live = current == null || !current.forgetAt().isAfter(now) ? new Failures(0, now, now) : current;
            if (live.count() > 0 && accountCeilingWait.isPositive()) {
                wait.set(accountCeilingWait);
                return live;
            }
            Instant allowedFrom = live.last().plus(throttle.delayAfter(live.count()));
            if (now.isBefore(allowedFrom)) {
                wait.set(Duration.between(now, allowedFrom));
                return live;
            }
            return new Failures(live.count() + 1, now, now.plus(throttle.forgetAfter()));
        });
        return wait.get();
    }

    @Override
    public void forget(String key) {
        failures.remove(key);
    }

    private record Failures(long count, Instant last, Instant forgetAt) {
    }
}
