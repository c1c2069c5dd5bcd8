package com.lifeos.app.eventstore;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
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
    public <R> R writeThenAwait(java.util.function.Supplier<R> write) {
        List<EventMessage<?>> previous = CAPTURED.get();
        List<EventMessage<?>> events = new ArrayList<>();
        CAPTURED.set(events);
        R result;
        try {
            result = write.get();
        } finally {
            CAPTURED.set(previous);
        }
        if (!events.isEmpty()) {
            await(events);
        }
        return result;
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
                log.warn("Projections did not reach events {} within {}", positions.values(), timeout);
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

    private static boolean covers(StreamingEventProcessor processor, long globalIndex) {
        if (!processor.isRunning()) {
            return true;
        }
        TrackingToken target = GapAwareTrackingToken.newInstance(globalIndex, Collections.emptySortedSet());
        var statuses = processor.processingStatus().values();
        if (statuses.isEmpty()) {
            return false;
        }
        for (EventTrackerStatus status : statuses) {
            if (status.isErrorState() || (status.isReplaying() && !status.isCaughtUp())) {
                continue;
            }
            TrackingToken token = status.getTrackingToken();
            if (token == null || !token.covers(target)) {
                return false;
            }
        }
        return true;
    }
}
