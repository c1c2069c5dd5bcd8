package com.lifeos.api.relationship;

import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.api.shared.Owned;

/**
 * A relationship is being kept track of. The dates are what the owner stated (either may be null): the last
 * contact before tracking began and a planned next contact; the rhythm's dates are derived by the read side.
 */
public record RelationshipCreatedEvent(UUID relationshipId, UUID userId, RelationshipDetails details,
                                       LocalDate lastContactDate, LocalDate nextContactDate) implements Owned {
}
