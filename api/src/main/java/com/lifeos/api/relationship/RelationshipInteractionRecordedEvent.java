package com.lifeos.api.relationship;

import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.api.shared.Owned;
import com.lifeos.api.shared.PersonalText;
import com.lifeos.api.shared.SealedText;

/**
 * The owner was in touch with the person on {@code date}, a local date judged in {@code zone}. Only the date is
 * a fact here; the last and next contact dates it leads to are derived by whoever reads the history.
 */
public record RelationshipInteractionRecordedEvent(UUID relationshipId, UUID userId, UUID interactionId, LocalDate date,
                                                   String zone, @PersonalText String kind,
                                                   SealedText notes) implements Owned {
}
