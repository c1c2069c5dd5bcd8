package com.lifeos.api.habit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.api.shared.SealedText;

/** A check-in as stored; its notes are still sealed (the edge opens them for their owner). */
public record CheckInView(UUID id, UUID habitId, LocalDate date, Instant checkedInAt, SealedText notes) {
}
