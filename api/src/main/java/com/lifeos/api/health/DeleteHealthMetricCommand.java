package com.lifeos.api.health;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DeleteHealthMetricCommand(@TargetAggregateIdentifier UUID metricId, UUID userId) {

    public DeleteHealthMetricCommand {
        Objects.requireNonNull(metricId, "metricId");
        Objects.requireNonNull(userId, "userId");
    }
}
