package com.lifeos.api.audit;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonRawValue;

/** One stored event as auditors see it; {@code payload} is the event's JSON. */
public record TimelineEntryView(String eventId, String type, String entityType, String entityId, Long sequence,
                                Instant occurredAt, UUID userId, String correlationId, String causationId,
                                @JsonRawValue String payload) {
}
