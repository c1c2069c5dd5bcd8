package com.lifeos.api.project;

import java.util.UUID;

/** The project reached 100 %. */
public record ProjectCompletedEvent(UUID projectId, UUID userId) {
}
