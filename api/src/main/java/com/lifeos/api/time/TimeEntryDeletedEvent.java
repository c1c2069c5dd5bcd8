package com.lifeos.api.time;

import java.util.UUID;

public record TimeEntryDeletedEvent(UUID entryId, UUID userId) {
}
