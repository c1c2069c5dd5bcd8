package com.lifeos.api.project;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DeleteProjectCommand(@TargetAggregateIdentifier UUID projectId, UUID userId) {

    public DeleteProjectCommand {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(userId, "userId");
    }
}
