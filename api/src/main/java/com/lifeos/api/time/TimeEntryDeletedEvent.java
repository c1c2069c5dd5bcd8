package com.lifeos.api.time;

import java.util.UUID;

import com.lifeos.api.shared.Deletion;
import com.lifeos.api.shared.Owned;

public record TimeEntryDeletedEvent(UUID entryId, UUID userId) implements Owned, Deletion {
}
