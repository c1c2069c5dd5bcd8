package com.lifeos.api.habit;

import java.util.UUID;

public record HabitDeletedEvent(UUID habitId, UUID userId) {
}
