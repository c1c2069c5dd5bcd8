package com.lifeos.api.habit;

import java.util.UUID;

import com.lifeos.api.shared.Owned;

public record HabitCreatedEvent(UUID habitId, UUID userId, HabitDefinition definition) implements Owned {
}
