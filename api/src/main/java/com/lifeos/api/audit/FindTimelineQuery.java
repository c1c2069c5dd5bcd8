package com.lifeos.api.audit;

import java.time.Instant;
import java.util.UUID;

import com.lifeos.api.shared.PageRequest;

/** The events about one user's data, newest first, optionally narrowed by time, event type and entity. */
public record FindTimelineQuery(UUID userId, Instant from, Instant to, String type, String entityId,
                                PageRequest page) {
}
