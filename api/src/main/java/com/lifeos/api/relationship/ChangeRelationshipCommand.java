package com.lifeos.api.relationship;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import com.lifeos.api.shared.Checks;
import com.lifeos.api.shared.DateBounds;
import com.lifeos.api.shared.Owned;
import com.lifeos.api.shared.SealedText;
import com.lifeos.api.shared.Texts;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A partial change: every null field keeps its value. {@code lastContactDate} corrects the last contact
 * (never into the future of {@code today}); {@code nextContactDate} plans the next one, winning over the
 * rhythm until the next interaction is recorded.
 */
public record ChangeRelationshipCommand(@TargetAggregateIdentifier UUID relationshipId, UUID userId,
                                        SealedText contactName, String relationshipType, SealedText notes,
                                        Integer contactEveryDays, LocalDate lastContactDate,
                                        LocalDate nextContactDate, LocalDate today) implements Owned {

    public ChangeRelationshipCommand {
        DateBounds.require("last_contact_date", lastContactDate);
        DateBounds.require("next_contact_date", nextContactDate);
        Checks.addressed("relationshipId", relationshipId, userId);
        Objects.requireNonNull(today, "today");
        Texts.optional("relationship_type", relationshipType, RelationshipDetails.RELATIONSHIP_TYPE_MAX);
    }
}
