package com.lifeos.store.projection;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/** Status and replay of the streaming processing groups (one per read model). */
@Component
public class Projections {

    private static final java.time.Duration CLAIM_WAIT = java.time.Duration.ofSeconds(5);

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final DeadLetters deadLetters;
    private final TransactionManager transactions;

    Projections(EventProcessingConfiguration processing, EventStore eventStore, DeadLetters deadLetters,
                TransactionManager transactions) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.deadLetters = deadLetters;
        this.transactions = transactions;
    }

    public List<ProjectionStatus> all() {
        long head = head();
        Map<String, Long> parked = deadLetters.counts();
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .map(processor -> statusOf(processor, head, parked.getOrDefault(processor.getName(), 0L)))
                .sorted(Comparator.comparing(ProjectionStatus::name))
                .toList();
    }

    public Optional<ProjectionStatus> one(String name) {
        return find(name).map(processor -> statusOf(processor, head(), deadLetters.count(name)));
    }

    /** Whether a streaming processing group of this name exists. */
    public boolean exists(String name) {
        return find(name).isPresent();
    }

    /**
     * Clears the group's tables (its reset handler) and rebuilds them from the first event, while every
     * other group keeps serving. Synchronized so two replays of one group cannot race on its tokens.
     * The group's dead letters go in the same transaction as its tokens: the replay meets every one of
     * those events again, and parks again whatever still fails.
     */
    public synchronized boolean replay(String name) {
        Optional<StreamingEventProcessor> found = find(name);
        if (found.isEmpty()) {
            return false;
        }
        StreamingEventProcessor processor = found.get();
        if (!processor.supportsReset()) {
            throw new IllegalStateException("Projection " + name + " cannot be replayed");
        }
        processor.shutDown();
        try {
            transactions.executeInTransaction(() -> {
                deadLetters.clear(name);
                processor.resetTokens();
            });
        } finally {
            processor.start();
        }
        awaitClaimed(processor);
        return true;
    }

    /** So the status answered right after a replay request already shows the replay, not an empty processor. */
    private static void awaitClaimed(StreamingEventProcessor processor) {
        long deadline = System.nanoTime() + CLAIM_WAIT.toNanos();
        while (processor.processingStatus().isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private Optional<StreamingEventProcessor> find(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class);
    }

    private long head() {
        TrackingToken token = eventStore.createHeadToken();
        return token == null ? 0 : token.position().orElse(0);
    }

    /**
     * A processor's token only moves when it meets an event it handles, so a group whose last handled
     * event lies behind the head still counts as fully caught up (no lag, replay done) once its stream
     * has nothing more for it. A group in error is stuck, not caught up, whatever it last reported:
     * its lag is the distance from its token to the head.
     */
    private static ProjectionStatus statusOf(StreamingEventProcessor processor, long head, long deadLetters) {
        var statuses = processor.processingStatus().values();
        long position = statuses.stream().mapToLong(s -> s.getCurrentPosition().orElse(0)).min().orElse(0);
        boolean inError = statuses.stream().anyMatch(EventTrackerStatus::isErrorState);
        boolean caughtUp = !inError && !statuses.isEmpty()
                && statuses.stream().allMatch(EventTrackerStatus::isCaughtUp);
        boolean replaying = statuses.stream().anyMatch(s -> s.isReplaying() && !s.isCaughtUp());
        int progress = replaying ? statuses.stream().mapToInt(Projections::replayProgress).min().orElse(0) : 100;
        String state = inError ? "error" : processor.isRunning() ? "running" : "stopped";
        long lag = caughtUp ? 0 : Math.max(0, head - position);
        return new ProjectionStatus(processor.getName(), state, caughtUp ? Math.max(position, head) : position, head,
                lag, replaying, progress, deadLetters);
    }

    private static int replayProgress(EventTrackerStatus status) {
        long target = status.getResetPosition().orElse(0);
        if (!status.isReplaying() || status.isCaughtUp() || target <= 0) {
            return 100;
        }
        long current = status.getCurrentPosition().orElse(0);
        return (int) Math.min(99, current * 100 / target);
    }
}
