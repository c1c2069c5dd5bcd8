package com.lifeos.store.projection;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.lifeos.api.shared.PageRequest;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The events each processing group has parked, for analysts: listed from the dead-letter table without their
 * payloads (they hold what people typed), retried a sequence at a time by the group's own handlers, or evicted.
 * Letters are addressed by their event's identifier, which is unique within a group.
 */
@Component
public class DeadLetters {

    private static final String ATTEMPTS = "attempts";
    private static final String COLUMNS = """
            event_identifier, payload_type, type, aggregate_identifier, sequence_identifier, sequence_number,
            cause_type, cause_message, enqueued_at, last_touched, diagnostics""";

    private final EventProcessingConfiguration processing;
    private final NamedParameterJdbcTemplate jdbc;
    private final Serializer serializer;

    DeadLetters(EventProcessingConfiguration processing, NamedParameterJdbcTemplate jdbc, Serializer serializer) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /** A parked event as analysts see it: what and whose entity, never its content. */
    public record DeadLetterView(String eventId, String eventType, String entityType, String entityId, Long entitySequence,
                          String errorClass, String errorMessage, Instant parkedAt, Instant firstFailureAt,
                          Instant lastFailureAt, int attempts) {
    }

    /** A retry's outcome: whether the sequence went through, and how many of its events are still parked. */
    public record RetryOutcome(String eventId, boolean resolved, long stillParked) {
    }

    /** Dead letters per processing group (groups without any are absent). */
    Map<String, Long> counts() {
        Map<String, Long> counts = new HashMap<>();
        jdbc.query("SELECT processing_group, COUNT(*) FROM dead_letter_entry GROUP BY processing_group",
                rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    public long count(String group) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM dead_letter_entry WHERE processing_group = :group",
                new MapSqlParameterSource("group", group), Long.class);
        return count == null ? 0 : count;
    }

    /** One page of the group's letters, oldest first; empty when the group has no dead-letter queue. */
    public Optional<List<DeadLetterView>> list(String group, PageRequest page) {
        if (queue(group).isEmpty()) {
            return Optional.empty();
        }
        List<DeadLetterView> items = jdbc.query("SELECT " + COLUMNS + """
                         FROM dead_letter_entry WHERE processing_group = :group
                        ORDER BY enqueued_at, sequence_identifier, sequence_index LIMIT :size OFFSET :offset""",
                new MapSqlParameterSource("group", group).addValue("size", page.size())
                        .addValue("offset", (long) page.page() * page.size()),
                (rs, row) -> {
                    int attempts = attempts(rs.getBytes("diagnostics"));
                    Instant parkedAt = Instant.parse(rs.getString("enqueued_at"));
                    String lastTouched = rs.getString("last_touched");
                    Long sequence = rs.getObject("sequence_number", Long.class);
                    return new DeadLetterView(rs.getString("event_identifier"),
                            simpleName(rs.getString("payload_type")), rs.getString("type"),
                            rs.getString("aggregate_identifier") == null ? rs.getString("sequence_identifier")
                                    : rs.getString("aggregate_identifier"),
                            sequence,
                            rs.getString("cause_type"), rs.getString("cause_message"), parkedAt,
                            attempts > 0 ? parkedAt : null,
                            attempts > 0 && lastTouched != null ? Instant.parse(lastTouched) : null, attempts);
                });
        return Optional.of(items);
    }

    /**
     * Runs the sequence the event is parked in through the group's handlers again, from its first letter: what now
     * succeeds leaves the queue, the first failure stays (with one more attempt) together with what follows it.
     */
    public Optional<RetryOutcome> retry(String group, String eventId) {
        Optional<String> sequence = sequenceOf(group, eventId);
        if (sequence.isEmpty()) {
            return Optional.empty();
        }
        String first = jdbc.queryForObject("""
                        SELECT event_identifier FROM dead_letter_entry
                         WHERE processing_group = :group AND sequence_identifier = :sequence
                         ORDER BY sequence_index LIMIT 1""",
                new MapSqlParameterSource("group", group).addValue("sequence", sequence.get()), String.class);
        processing.sequencedDeadLetterProcessor(group).orElseThrow()
                .process(letter -> letter.message().getIdentifier().equals(first));
        Long left = jdbc.queryForObject("""
                        SELECT COUNT(*) FROM dead_letter_entry
                         WHERE processing_group = :group AND sequence_identifier = :sequence""",
                new MapSqlParameterSource("group", group).addValue("sequence", sequence.get()), Long.class);
        long stillParked = left == null ? 0 : left;
        return Optional.of(new RetryOutcome(eventId, stillParked == 0, stillParked));
    }

    /** Drops the event from the queue for good: the group will never apply it (a replay would try it again). */
    public boolean evict(String group, String eventId) {
        Optional<String> sequence = sequenceOf(group, eventId);
        if (sequence.isEmpty()) {
            return false;
        }
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(group).orElseThrow();
        for (DeadLetter<? extends EventMessage<?>> letter : queue.deadLetterSequence(sequence.get())) {
            if (letter.message().getIdentifier().equals(eventId)) {
                queue.evict(letter);
                return true;
            }
        }
        return false;
    }

    /** Empties the group's queue: part of a reset, which replays every event anyway. */
    void clear(String group) {
        queue(group).ifPresent(SequencedDeadLetterQueue::clear);
    }

    private Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue(String group) {
        return processing.deadLetterQueue(group);
    }

    private Optional<String> sequenceOf(String group, String eventId) {
        if (queue(group).isEmpty()) {
            return Optional.empty();
        }
        return jdbc.queryForList("""
                        SELECT sequence_identifier FROM dead_letter_entry
                         WHERE processing_group = :group AND event_identifier = :event""",
                new MapSqlParameterSource("group", group).addValue("event", eventId), String.class)
                .stream().findFirst();
    }

    private int attempts(byte[] diagnostics) {
        if (diagnostics == null) {
            return 0;
        }
        MetaData metaData = serializer.deserialize(
                new SimpleSerializedObject<>(diagnostics, byte[].class, MetaData.class.getName(), null));
        return metaData.get(ATTEMPTS) instanceof Number number ? number.intValue() : 0;
    }

    private static String simpleName(String type) {
        return type == null ? null : type.substring(type.lastIndexOf('.') + 1);
    }
}
