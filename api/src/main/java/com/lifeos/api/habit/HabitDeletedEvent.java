package com.lifeos.api.habit;

import java.util.UUID;

import com.lifeos.api.shared.Deletion;
import com.lifeos.api.shared.Owned;

public record HabitDeletedEvent(UUID habitId, UUID userId) implements Owned, Deletion {
}
