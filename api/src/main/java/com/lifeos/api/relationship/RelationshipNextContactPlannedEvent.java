package com.lifeos.api.relationship;

import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.api.shared.Owned;

/**
 * The owner planned the next contact for {@code nextContactDate}; it wins over the rhythm until the next interaction.
 */
public record RelationshipNextContactPlannedEvent(UUID relationshipId, UUID userId,
                                                  LocalDate nextContactDate) implements Owned {
}
