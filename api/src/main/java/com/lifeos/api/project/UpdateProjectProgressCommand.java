package com.lifeos.api.project;

import java.util.UUID;

import com.lifeos.api.shared.Checks;
import com.lifeos.api.shared.SealedText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record UpdateProjectProgressCommand(@TargetAggregateIdentifier UUID projectId, UUID userId, int progress,
                                           SealedText note) {

    public UpdateProjectProgressCommand {
        Checks.addressed("projectId", projectId, userId);
        Checks.percent("progress", progress);
    }
}
