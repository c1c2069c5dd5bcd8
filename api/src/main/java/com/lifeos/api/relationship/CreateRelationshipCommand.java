package com.lifeos.api.relationship;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import com.lifeos.api.shared.Checks;
import com.lifeos.api.shared.DateBounds;
import com.lifeos.api.shared.Owned;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Starts keeping track of a relationship. {@code lastContactDate} is when the owner last spoke to the person
 * before they started tracking (never in the future: {@code today} is the caller's today, since the aggregate
 * has no clock); {@code nextContactDate} is a planned date that wins over the rhythm until the next interaction.
 */
public record CreateRelationshipCommand(@TargetAggregateIdentifier UUID relationshipId, UUID userId,
                                        RelationshipDetails details, LocalDate lastContactDate,
                                        LocalDate nextContactDate, LocalDate today) implements Owned {

    public CreateRelationshipCommand {
        DateBounds.require("last_contact_date", lastContactDate);
        DateBounds.require("next_contact_date", nextContactDate);
        Checks.addressed("relationshipId", relationshipId, userId);
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(today, "today");
    }
}
