package com.lifeos.api.project;

import java.util.Objects;
import java.util.UUID;

import com.lifeos.api.shared.SealedText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record UpdateProjectProgressCommand(@TargetAggregateIdentifier UUID projectId, UUID userId, int progress,
                                           SealedText note) {

    public UpdateProjectProgressCommand {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(userId, "userId");
        if (progress < 0 || progress > 100) {
            throw new IllegalArgumentException("progress must be between 0 and 100");
        }
    }
}
