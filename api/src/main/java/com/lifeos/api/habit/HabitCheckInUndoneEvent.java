package com.lifeos.api.habit;

import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.api.shared.Owned;

public record HabitCheckInUndoneEvent(UUID habitId, UUID userId, UUID checkInId, LocalDate date) implements Owned {
}
