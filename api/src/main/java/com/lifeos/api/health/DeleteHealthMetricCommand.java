package com.lifeos.api.health;

import java.util.UUID;

import com.lifeos.api.shared.Checks;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DeleteHealthMetricCommand(@TargetAggregateIdentifier UUID metricId, UUID userId) {

    public DeleteHealthMetricCommand {
        Checks.addressed("metricId", metricId, userId);
    }
}
