package com.lifeos.api.project;

import java.util.UUID;

public record FindProjectQuery(UUID userId, UUID projectId) {
}
