package com.lifeos.projection.audit;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One stored event, as the history timeline shows it. {@code ownerId} is whose data the event is
 * about; {@code userId} is who caused it (the same person, except for auditors and admins). Rows are written by
 * {@code AuditProjection} in one JDBC batch per batch of events, and read through this entity.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntryRow {

    @Id
    private String eventId;
    private long position;
    private UUID ownerId;
    private UUID userId;
    private String type;
    private String entityType;
    private String entityId;
    private Long sequence;
    private Instant occurredAt;
    private String correlationId;
    private String causationId;
    private String requestId;
    private String payload;

    protected AuditEntryRow() {
    }

    public String eventId() {
        return eventId;
    }

    public long position() {
        return position;
    }

    public UUID ownerId() {
        return ownerId;
    }

    public UUID userId() {
        return userId;
    }

    public String type() {
        return type;
    }

    public String entityType() {
        return entityType;
    }

    public String entityId() {
        return entityId;
    }

    public Long sequence() {
        return sequence;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String correlationId() {
        return correlationId;
    }

    public String causationId() {
        return causationId;
    }

    public String payload() {
        return payload;
    }
}
