package com.lifeos.app.eventstore;

import java.time.Duration;
import java.util.Collections;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Read-your-writes: after a command has committed, waits (bounded) until every streaming processor
 * that is not replaying has handled the events it appended, so the caller's next read sees them.
 * Processors signal after each committed batch; waiters also re-check on a short tick, because a
 * processor moves its token past events it has no handler for without invoking any interceptor.
 */
@Component
public class ProjectionWatermark {

    private static final Logger log = LoggerFactory.getLogger(ProjectionWatermark.class);
    private static final long TICK_MILLIS = 5;

    private final ObjectProvider<EventProcessingConfiguration> processing;
    private final JdbcTemplate jdbc;
    private final Duration timeout;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition advanced = lock.newCondition();

    ProjectionWatermark(ObjectProvider<EventProcessingConfiguration> processing, JdbcTemplate jdbc,
                        @Value("${lifeos.consistency.read-your-writes-timeout:5s}") Duration timeout) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.timeout = timeout;
    }

    /** Waits until the latest event of the aggregate is reflected by every live projection. */
    public void awaitAggregate(String aggregateId) {
        OptionalLong index = latestGlobalIndexOf(aggregateId);
        if (index.isPresent()) {
            await(index.getAsLong());
        }
    }

    /** Waits until the event at this global index is reflected by every live projection. */
    public void await(long globalIndex) {
        TrackingToken target = GapAwareTrackingToken.newInstance(globalIndex, Collections.emptySortedSet());
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!allProcessorsCover(target)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                log.warn("Projections did not reach event {} within {}", globalIndex, timeout);
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

    MessageHandlerInterceptor<EventMessage<?>> interceptor() {
        return (unitOfWork, chain) -> {
            unitOfWork.afterCommit(u -> signal());
            return chain.proceed();
        };
    }

    private void signal() {
        lock.lock();
        try {
            advanced.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private OptionalLong latestGlobalIndexOf(String aggregateId) {
        return jdbc.query("""
                        SELECT global_index FROM domain_event_entry
                        WHERE aggregate_identifier = ? ORDER BY sequence_number DESC LIMIT 1""",
                rs -> rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty(), aggregateId);
    }

    private boolean allProcessorsCover(TrackingToken target) {
        EventProcessingConfiguration configuration = processing.getIfAvailable();
        if (configuration == null) {
            return true;
        }
        return configuration.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .filter(StreamingEventProcessor::isRunning)
                .allMatch(processor -> covers(processor, target));
    }

    private static boolean covers(StreamingEventProcessor processor, TrackingToken target) {
        var statuses = processor.processingStatus().values();
        if (statuses.isEmpty()) {
            return false;
        }
        for (EventTrackerStatus status : statuses) {
            if (status.isReplaying() || status.isErrorState()) {
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
