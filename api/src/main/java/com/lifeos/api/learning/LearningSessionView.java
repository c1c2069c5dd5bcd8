package com.lifeos.api.learning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.api.shared.SealedText;

/** A session as the read side keeps it; the notes are still sealed (the edge opens them for their owner). */
public record LearningSessionView(UUID id, String courseName, String platform, int durationMinutes,
                                  Integer progressPercentage, LocalDate sessionDate, SealedText notes,
                                  Instant createdAt, Instant updatedAt) {
}
