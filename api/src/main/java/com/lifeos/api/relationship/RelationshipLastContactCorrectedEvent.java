package com.lifeos.api.relationship;

import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.api.shared.Owned;

/** The owner set the last contact date outright, earlier or later than it was. */
public record RelationshipLastContactCorrectedEvent(UUID relationshipId, UUID userId,
                                                    LocalDate lastContactDate) implements Owned {
}
