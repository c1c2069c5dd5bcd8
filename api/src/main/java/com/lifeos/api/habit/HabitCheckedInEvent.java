package com.lifeos.api.habit;

import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.api.shared.Owned;
import com.lifeos.api.shared.SealedText;

/** A habit was done on {@code date}, a local date judged in {@code zone}; notes are sealed with the owner's key. */
public record HabitCheckedInEvent(UUID habitId, UUID userId, UUID checkInId, LocalDate date, String zone,
                                  SealedText notes) implements Owned {
}
