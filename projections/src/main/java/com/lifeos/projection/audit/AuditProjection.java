package com.lifeos.projection.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lifeos.projection.shared.EventNames;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
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

    private final AuditEntryRows entries;
    private final ObjectMapper json;

    AuditProjection(AuditEntryRows entries, @Qualifier("defaultAxonObjectMapper") ObjectMapper json) {
        this.entries = entries;
        this.json = json;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> event, TrackingToken token) throws JsonProcessingException {
        if (entries.existsById(event.getIdentifier())) {
            return;
        }
        JsonNode tree = json.valueToTree(payload);
        Map<String, ?> metaData = event.getMetaData();
        UUID actor = uuidOrNull(metaData.get(USER_ID));
        UUID owner = tree.hasNonNull(USER_ID) ? uuidOrNull(tree.get(USER_ID).asText()) : actor;
        String entityType = null;
        String entityId = null;
        Long sequence = null;
        if (event instanceof DomainEventMessage<?> domainEvent) {
            entityType = domainEvent.getType();
            entityId = domainEvent.getAggregateIdentifier();
            sequence = domainEvent.getSequenceNumber();
        }
        entries.save(new AuditEntryRow(event.getIdentifier(), token.position().orElse(0), owner, actor,
                EventNames.kindOf(payload), entityType, entityId, sequence, event.getTimestamp(),
                stringOrNull(metaData.get("correlationId")), stringOrNull(metaData.get("causationId")),
                stringOrNull(metaData.get("requestId")), json.writeValueAsString(tree)));
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
