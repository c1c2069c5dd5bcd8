package com.lifeos.api.relationship;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.api.shared.SealedText;

/**
 * A relationship as the read side sees it; name and notes still sealed (the edge opens them for their owner).
 * {@code nextContactDate} is the planned date when there is one, else the last contact plus the rhythm.
 */
public record RelationshipView(UUID id, SealedText contactName, String relationshipType, LocalDate lastContactDate,
                               LocalDate nextContactDate, Integer contactEveryDays, SealedText notes,
                               Instant createdAt, Instant updatedAt) {
}
