package com.lifeos.api.relationship;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import com.lifeos.api.shared.Checks;
import com.lifeos.api.shared.SealedText;
import com.lifeos.api.shared.Texts;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The owner was in touch with the person on {@code date}, a local date judged in {@code zone}; {@code today}
 * is the caller's today there, so the aggregate knows what "the future" means. {@code kind} is free text
 * ("call", "meet", "message"); the notes are sealed.
 */
public record RecordRelationshipInteractionCommand(@TargetAggregateIdentifier UUID relationshipId, UUID userId,
                                                   UUID interactionId, LocalDate date, LocalDate today, String zone,
                                                   String kind, SealedText notes) {

    public static final int KIND_MAX = 50;

    public RecordRelationshipInteractionCommand {
        Checks.addressed("relationshipId", relationshipId, userId);
        Objects.requireNonNull(interactionId, "interactionId");
        Checks.localDay("date", date, today, zone);
        Texts.optional("kind", kind, KIND_MAX);
    }
}
