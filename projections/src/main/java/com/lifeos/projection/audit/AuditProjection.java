package com.lifeos.projection.audit;

import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import com.lifeos.api.shared.Owned;
import com.lifeos.projection.shared.EventNames;
import com.lifeos.projection.shared.EventPositions;
import com.lifeos.projection.shared.PersonalProjection;
import com.lifeos.projection.shared.RowAppends;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * The history timeline: one row per event of any kind, with who caused it, whose data it concerns,
 * the entity it belongs to and its JSON. The JSON is the event as it is stored, so sealed text stays sealed
 * here (it is opened as it leaves, while its key exists) and a replay writes the very same bytes.
 */
@Component
@ProcessingGroup("audit")
class AuditProjection extends PersonalProjection<AuditTimeline> {

    private static final String USER_ID = "userId";

    private static final String INSERT = """
            INSERT INTO audit_entry (event_id, position, owner_id, user_id, type, entity_type, entity_id, sequence,
                                     occurred_at, correlation_id, causation_id, request_id, payload)
            VALUES (?, %s, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"""
            .formatted(EventPositions.GLOBAL_INDEX_OF_EVENT);

    private final RowAppends appends;
    private final Serializer eventSerializer;

    AuditProjection(AuditTimeline timeline, RowAppends appends,
                    @Qualifier("eventSerializer") Serializer eventSerializer) {
        super(timeline);
        this.appends = appends;
        this.eventSerializer = eventSerializer;
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
    }

    /** The erasure is a fact of the timeline like any other; the timeline then keeps the person's rows, resealed. */
    @Override
    protected void erasing(EventMessage<?> erasure) {
        on(erasure.getPayload(), erasure);
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
