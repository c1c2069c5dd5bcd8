package com.lifeos.api.audit;

import java.util.UUID;

/** Every event of one entity, oldest first; only the owner's entities are found. */
public record FindEntityHistoryQuery(UUID userId, String entityId) {
}
