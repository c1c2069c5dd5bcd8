package com.lifeos.api.audit;

import java.time.Instant;

/** One event about a person's data, for their export; {@code payload} is the event's JSON, still sealed. */
public record OwnEventView(String entityType, String entityId, String type, Long sequence, Instant occurredAt,
                           String payload) {
}
