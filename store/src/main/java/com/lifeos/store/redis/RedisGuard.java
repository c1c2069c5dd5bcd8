package com.lifeos.store.redis;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Conditional;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.stereotype.Component;

/**
 * Every Redis call of the app goes through here. A Redis that is down or hung makes calls fail (the command timeout,
 * {@code lifeos.redis.command-timeout}, bounds each one); once half of the last ten calls failed the breaker opens and
 * calls fail at once, without touching Redis, so each caller takes its in-process fallback in microseconds instead
 * of waiting a timeout per request. No request is spent on trying Redis again: a background probe pings it every
 * {@code lifeos.redis.probe-every} while the breaker is open and closes it when Redis answers.
 */
@Component
@Conditional(RedisConfigured.class)
public class RedisGuard implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RedisGuard.class);

    private final CircuitBreaker breaker;
    private final RedisConnectionFactory connections;
    private final ScheduledExecutorService prober;

    RedisGuard(RedisConnectionFactory connections, RedisGuardProperties properties) {
        this.connections = connections;
        this.breaker = CircuitBreaker.of("redis", CircuitBreakerConfig.custom()
                .slidingWindowSize(10)
                .minimumNumberOfCalls(4)
                .failureRateThreshold(50)
                // recovery is the probe's job; this only keeps the breaker from letting requests try on its own
                .waitDurationInOpenState(Duration.ofDays(1))
                .writableStackTraceEnabled(false)
                .build());
        breaker.getEventPublisher().onStateTransition(event ->
                log.warn("Redis circuit breaker {}", event.getStateTransition()));
        this.prober = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("redis-probe").daemon().factory());
        long every = properties.probeEvery().toMillis();
        prober.scheduleWithFixedDelay(this::probeWhileOpen, every, every, TimeUnit.MILLISECONDS);
    }

    /** Runs a Redis call; throws (at once while the breaker is open) when Redis cannot serve it. */
    public <T> T call(Supplier<T> redisCall) {
        return breaker.executeSupplier(redisCall);
    }

    public void run(Runnable redisCall) {
        breaker.executeRunnable(redisCall);
    }

    /** Redis's answer, or {@code fallback}'s while Redis cannot serve. */
    public <T> T callOr(Supplier<T> redisCall, Supplier<T> fallback) {
        try {
            return call(redisCall);
        } catch (RuntimeException unavailable) {
            log.debug("Redis unavailable; falling back: {}", unavailable.toString());
            return fallback.get();
        }
    }

    /** True while calls are refused without trying Redis. */
    public boolean open() {
        return breaker.getState() == CircuitBreaker.State.OPEN;
    }

    private void probeWhileOpen() {
        if (!open()) {
            return;
        }
        try (RedisConnection connection = connections.getConnection()) {
            connection.ping();
            breaker.transitionToClosedState();
        } catch (RuntimeException stillUnavailable) {
            log.debug("Redis still unavailable: {}", stillUnavailable.toString());
        }
    }

    @Override
    public void destroy() {
        prober.shutdownNow();
    }
}
