package com.lifeos.api.project;

import java.util.UUID;

public record ProjectDeletedEvent(UUID projectId, UUID userId) {
}
