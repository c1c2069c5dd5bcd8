package com.lifeos.api.habit;

import java.time.LocalDate;
import java.util.UUID;

public record HabitCheckInUndoneEvent(UUID habitId, UUID userId, UUID checkInId, LocalDate date) {
}
