package com.lifeos.api.audit;

import java.util.UUID;

import com.lifeos.api.shared.Owned;

/** An auditor read the timeline of user {@code userId}; recorded so that every audit read is itself audited. */
public record UserTimelineReadEvent(UUID auditorId, UUID userId) implements Owned {
}
