package com.lifeos.api.time;

import java.util.UUID;

public record FindTimeEntryQuery(UUID userId, UUID entryId) {
}
