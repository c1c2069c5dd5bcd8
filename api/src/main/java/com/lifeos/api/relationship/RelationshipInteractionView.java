package com.lifeos.api.relationship;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.api.shared.SealedText;

/** One interaction as stored; its notes are still sealed. */
public record RelationshipInteractionView(UUID id, UUID relationshipId, LocalDate date, String kind,
                                          SealedText notes, Instant recordedAt) {
}
