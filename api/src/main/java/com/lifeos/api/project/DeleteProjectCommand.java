package com.lifeos.api.project;

import java.util.UUID;

import com.lifeos.api.shared.Checks;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DeleteProjectCommand(@TargetAggregateIdentifier UUID projectId, UUID userId) {

    public DeleteProjectCommand {
        Checks.addressed("projectId", projectId, userId);
    }
}
