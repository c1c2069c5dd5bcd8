package com.lifeos.api.project;

import java.util.UUID;

import com.lifeos.api.shared.Deletion;
import com.lifeos.api.shared.Owned;

public record ProjectDeletedEvent(UUID projectId, UUID userId) implements Owned, Deletion {
}
