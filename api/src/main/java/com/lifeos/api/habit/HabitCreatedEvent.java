package com.lifeos.api.habit;

import java.util.UUID;

public record HabitCreatedEvent(UUID habitId, UUID userId, HabitDefinition definition) {
}
