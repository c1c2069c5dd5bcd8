package com.lifeos.projection.audit;

import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lifeos.projection.shared.EventNames;
import com.lifeos.projection.shared.EventPositions;
import com.lifeos.projection.shared.Owners;
import com.lifeos.projection.shared.RowAppends;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * The history timeline: one row per event of any kind, with who caused it, whose data it concerns,
 * the entity it belongs to and its JSON. Sealed private text stays sealed here.
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

    private final AuditEntryRows entries;
    private final RowAppends appends;
    private final ObjectMapper json;

    AuditProjection(AuditEntryRows entries, RowAppends appends,
                    @Qualifier("defaultAxonObjectMapper") ObjectMapper json) {
        this.entries = entries;
        this.appends = appends;
        this.json = json;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> event) throws JsonProcessingException {
        Map<String, ?> metaData = event.getMetaData();
        UUID actor = uuidOrNull(metaData.get(USER_ID));
        UUID owner = Objects.requireNonNullElse(Owners.of(payload), actor);
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
                json.writeValueAsString(payload));
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
