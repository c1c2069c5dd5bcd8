package com.lifeos.api.habit;

import java.util.Objects;
import java.util.UUID;

import com.lifeos.api.shared.Checks;
import com.lifeos.api.shared.Owned;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CreateHabitCommand(@TargetAggregateIdentifier UUID habitId, UUID userId,
                                 HabitDefinition definition) implements Owned {

    public CreateHabitCommand {
        Checks.addressed("habitId", habitId, userId);
        Objects.requireNonNull(definition, "definition");
    }
}
