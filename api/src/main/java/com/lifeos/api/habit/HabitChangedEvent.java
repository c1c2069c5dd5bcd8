package com.lifeos.api.habit;

import java.util.UUID;

import com.lifeos.api.shared.Owned;

/** The habit's whole definition after a change (not just the changed fields). */
public record HabitChangedEvent(UUID habitId, UUID userId, HabitDefinition definition) implements Owned {
}
