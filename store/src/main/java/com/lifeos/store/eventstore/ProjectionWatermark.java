package com.lifeos.store.eventstore;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Read-your-writes. While a request sends a command, the events it publishes are captured (the command
 * runs in the request's thread); once it has committed, the request waits — bounded — until every live
 * streaming processor that handles one of those events has applied it. Processors that do not handle an
 * event are not waited for (their tokens move past it lazily), nor are processors still replaying.
 */
@Component
public class ProjectionWatermark implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ProjectionWatermark.class);
    private static final long TICK_MILLIS = 5;
    private static final ThreadLocal<List<EventMessage<?>>> CAPTURED = new ThreadLocal<>();

    private final ObjectProvider<EventProcessingConfiguration> processing;
    private final ObjectProvider<EventBus> eventBus;
    private final NamedParameterJdbcTemplate jdbc;
    private final Duration timeout;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition advanced = lock.newCondition();

    ProjectionWatermark(ObjectProvider<EventProcessingConfiguration> processing, ObjectProvider<EventBus> eventBus,
                        NamedParameterJdbcTemplate jdbc,
                        @Value("${lifeos.consistency.read-your-writes-timeout:5s}") Duration timeout) {
        this.processing = processing;
        this.eventBus = eventBus;
        this.jdbc = jdbc;
        this.timeout = timeout;
    }

    /** Registered once every bean exists: the event bus itself depends on the processors this class serves. */
    @Override
    public void afterSingletonsInstantiated() {
        eventBus.getObject().registerDispatchInterceptor(capturing());
    }

    /** Runs the write, then waits until the live projections reflect every event it published. */
    public <R> R writeThenAwait(Supplier<R> write) {
        List<EventMessage<?>> events = new ArrayList<>();
        R result = capturing(events, write);
        if (!events.isEmpty()) {
            await(events);
        }
        return result;
    }

    /** Runs the write and tells whether it stored any event: a repeated create, say, stores none. */
    public boolean storesEvents(Runnable write) {
        List<EventMessage<?>> events = new ArrayList<>();
        capturing(events, () -> {
            write.run();
            return null;
        });
        return !events.isEmpty();
    }

    /** Captures the events the write publishes, for an enclosing capture too (a write inside another). */
    private static <R> R capturing(List<EventMessage<?>> events, Supplier<R> write) {
        List<EventMessage<?>> previous = CAPTURED.get();
        CAPTURED.set(events);
        try {
            return write.get();
        } finally {
            CAPTURED.set(previous);
            if (previous != null) {
                previous.addAll(events);
            }
        }
    }

    /**
     * Reads until the read finds something, woken whenever a projection commits, or until the timeout passes: for a
     * repeated create, whose original events are stored but perhaps not yet projected.
     */
    public <T> Optional<T> awaitFound(Supplier<Optional<T>> read) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Optional<T> found = read.get();
        while (found.isEmpty() && deadline - System.nanoTime() > 0) {
            lock.lock();
            try {
                advanced.await(TICK_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return found;
            } finally {
                lock.unlock();
            }
            found = read.get();
        }
        return found;
    }

    MessageHandlerInterceptor<EventMessage<?>> interceptor() {
        return (unitOfWork, chain) -> {
            unitOfWork.afterCommit(u -> signal());
            return chain.proceed();
        };
    }

    private MessageDispatchInterceptor<EventMessage<?>> capturing() {
        return new MessageDispatchInterceptor<>() {
            @Override
            public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
                List<EventMessage<?>> events = CAPTURED.get();
                return (index, message) -> {
                    if (events != null) {
                        events.add(message);
                    }
                    return message;
                };
            }
        };
    }

    private void await(List<EventMessage<?>> events) {
        Map<String, Long> positions = globalIndexes(events);
        Map<StreamingEventProcessor, Long> targets = new HashMap<>();
        EventProcessingConfiguration configuration = processing.getIfAvailable();
        if (configuration == null) {
            return;
        }
        for (var processor : configuration.eventProcessors().values()) {
            if (!(processor instanceof StreamingEventProcessor streaming)
                    || !(processor instanceof AbstractEventProcessor withHandlers)) {
                continue;
            }
            for (EventMessage<?> event : events) {
                Long position = positions.get(event.getIdentifier());
                if (position != null && withHandlers.eventHandlerInvoker().canHandleType(event.getPayloadType())) {
                    targets.merge(streaming, position, Math::max);
                }
            }
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!targets.entrySet().stream().allMatch(t -> covers(t.getKey(), t.getValue()))) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                log.warn("Projections did not reach events {} within {}: {}", positions.values(), timeout,
                        targets.keySet().stream().filter(p -> !covers(p, targets.get(p)))
                                .map(p -> p.getName() + "=" + p.processingStatus().values()).toList());
                return;
            }
            lock.lock();
            try {
                advanced.await(Math.min(TICK_MILLIS, TimeUnit.NANOSECONDS.toMillis(left) + 1), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                lock.unlock();
            }
        }
    }

    private Map<String, Long> globalIndexes(List<EventMessage<?>> events) {
        Map<String, Long> positions = new HashMap<>();
        jdbc.query("SELECT event_identifier, global_index FROM domain_event_entry WHERE event_identifier IN (:ids)",
                new MapSqlParameterSource("ids", events.stream().map(EventMessage::getIdentifier).toList()),
                rs -> {
                    positions.put(rs.getString(1), rs.getLong(2));
                });
        return positions;
    }

    private void signal() {
        lock.lock();
        try {
            advanced.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Whether a processor at this token has handled the event at the index: it is not beyond the token,
     * and not one of the gaps the token still waits for (slower transactions, or rolled-back ones).
     */
    static boolean hasApplied(TrackingToken token, long globalIndex) {
        if (token == null) {
            return false;
        }
        TrackingToken current = WrappedToken.unwrapLowerBound(token);
        if (current instanceof GapAwareTrackingToken gapAware) {
            return globalIndex <= gapAware.getIndex() && !gapAware.getGaps().contains(globalIndex);
        }
        return current != null && current.position().orElse(-1) >= globalIndex;
    }

    private static boolean covers(StreamingEventProcessor processor, long globalIndex) {
        if (!processor.isRunning()) {
            return true;
        }
        var statuses = processor.processingStatus().values();
        if (statuses.isEmpty()) {
            return false;
        }
        return statuses.stream().allMatch(status -> isUpToDate(status, globalIndex));
    }

    /** A segment in error, or still replaying history, is not waited for; any other must have applied the event. */
    static boolean isUpToDate(EventTrackerStatus status, long globalIndex) {
        if (status.isErrorState() || (status.isReplaying() && !status.isCaughtUp())) {
            return true;
        }
        return hasApplied(status.getTrackingToken(), globalIndex);
    }
}
