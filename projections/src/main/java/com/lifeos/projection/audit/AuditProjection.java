package com.lifeos.projection.audit;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import com.lifeos.api.account.AccountErasedEvent;
import com.lifeos.api.shared.Owned;
import com.lifeos.projection.shared.EventNames;
import com.lifeos.projection.shared.EventPositions;
import com.lifeos.projection.shared.RowAppends;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * The history timeline: one row per event of any kind, with who caused it, whose data it concerns,
 * the entity it belongs to and its JSON. The JSON is the event as it is stored, so sealed text stays sealed
 * here (it is opened as it leaves, while its key exists) and a replay writes the very same bytes.
 */
@Component
@ProcessingGroup("audit")
class AuditProjection {

    private static final String USER_ID = "userId";

    private static final String INSERT = """
            INSERT INTO audit_entry (event_id, position, owner_id, user_id, type, entity_type, entity_id, sequence,
                                     occurred_at, correlation_id, causation_id, request_id, payload)
            VALUES (?, %s, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"""
            .formatted(EventPositions.GLOBAL_INDEX_OF_EVENT);

    /** Whose rows may still hold text that was in clear in the log until that person's erasure re-sealed it. */
    private static final String STORED_AGAIN = """
            SELECT a.event_id, a.payload, e.payload FROM audit_entry a
            JOIN domain_event_entry e ON e.event_identifier = a.event_id WHERE a.owner_id = ?""";

    private final AuditEntryRows entries;
    private final RowAppends appends;
    private final Serializer eventSerializer;
    private final JdbcTemplate jdbc;

    AuditProjection(AuditEntryRows entries, RowAppends appends,
                    @Qualifier("eventSerializer") Serializer eventSerializer, JdbcTemplate jdbc) {
        this.entries = entries;
        this.appends = appends;
        this.eventSerializer = eventSerializer;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> event) {
        Map<String, ?> metaData = event.getMetaData();
        UUID actor = uuidOrNull(metaData.get(USER_ID));
        UUID owner = Objects.requireNonNullElse(payload instanceof Owned owned ? owned.userId() : null, actor);
        String entityType = null;
        String entityId = null;
        Long sequence = null;
        if (event instanceof DomainEventMessage<?> domainEvent) {
            entityType = domainEvent.getType();
            entityId = domainEvent.getAggregateIdentifier();
            sequence = domainEvent.getSequenceNumber();
        }
        appends.append(INSERT, event.getIdentifier(), event.getIdentifier(), owner, actor,
                EventNames.kindOf(payload), entityType, entityId, sequence,
                event.getTimestamp().atOffset(ZoneOffset.UTC), stringOrNull(metaData.get("correlationId")),
                stringOrNull(metaData.get("causationId")), stringOrNull(metaData.get("requestId")),
                event.serializePayload(eventSerializer, String.class).getData());
        if (payload instanceof AccountErasedEvent erased) {
            takeResealedPayloads(erased.userId());
        }
    }

    /**
     * An erasure re-seals, in the log, the person's text stored in clear before sealing existed; their rows
     * written before that take the log's sealed form now, so no clear word of theirs outlives the key.
     */
    private void takeResealedPayloads(UUID owner) {
        appends.flush();
        List<Object[]> changed = new ArrayList<>();
        jdbc.query(STORED_AGAIN, (RowCallbackHandler) row -> {
            String stored = new String(row.getBytes(3), StandardCharsets.UTF_8);
            if (!stored.equals(row.getString(2))) {
                changed.add(new Object[] {stored, row.getString(1)});
            }
        }, owner);
        jdbc.batchUpdate("UPDATE audit_entry SET payload = ? WHERE event_id = ?", changed);
    }

    @ResetHandler
    void reset() {
        entries.deleteAllInBatch();
    }

    private static UUID uuidOrNull(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value.toString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String stringOrNull(Object value) {
        return value == null ? null : value.toString();
    }
}
