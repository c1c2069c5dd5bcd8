package com.lifeos.command.relationship;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import com.lifeos.api.relationship.ChangeRelationshipCommand;
import com.lifeos.api.relationship.CreateRelationshipCommand;
import com.lifeos.api.relationship.DeleteRelationshipCommand;
import com.lifeos.api.relationship.RecordRelationshipInteractionCommand;
import com.lifeos.api.relationship.RelationshipChangedEvent;
import com.lifeos.api.relationship.RelationshipCreatedEvent;
import com.lifeos.api.relationship.RelationshipDeletedEvent;
import com.lifeos.api.relationship.RelationshipDetails;
import com.lifeos.api.relationship.RelationshipInteractionRecordedEvent;
import com.lifeos.api.relationship.RelationshipLastContactCorrectedEvent;
import com.lifeos.api.relationship.RelationshipNextContactPlannedEvent;
import com.lifeos.command.shared.DetailedAggregate;
import com.lifeos.shared.time.NotInFuture;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Someone in the owner's life and their contacts with them. Rules: contacts and the last contact date are never
 * in the future; an interaction id names one date; only the owner may touch it. The events carry only facts
 * (stated dates, interaction dates); the aggregate follows the last and planned dates just to tell a repeated
 * statement from a new one.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotEvery200Events")
class Relationship extends DetailedAggregate<RelationshipDetails> {

    @AggregateIdentifier
    private UUID relationshipId;
    private LocalDate lastContactDate;
    private LocalDate plannedContactDate;
    private Map<UUID, LocalDate> interactions = new HashMap<>();

    Relationship() {
    }

    @CommandHandler
    Relationship(CreateRelationshipCommand command) {
        NotInFuture.require("last_contact_date", command.lastContactDate(), command.today());
        apply(new RelationshipCreatedEvent(command.relationshipId(), command.userId(), command.details(),
                command.lastContactDate(), command.nextContactDate()));
    }

    @CommandHandler
    void handle(ChangeRelationshipCommand command) {
        requireOwner(command.userId(), relationshipId);
        NotInFuture.require("last_contact_date", command.lastContactDate(), command.today());
        LocalDate nextBefore = nextContactDate();
        RelationshipDetails changed = new RelationshipDetails(
                command.contactName() != null ? command.contactName() : details.contactName(),
                command.relationshipType() != null ? command.relationshipType() : details.relationshipType(),
                command.notes() != null ? command.notes() : details.notes(),
                command.contactEveryDays() != null ? command.contactEveryDays() : details.contactEveryDays());
        applyChange(changed, merged -> new RelationshipChangedEvent(relationshipId, userId, merged));
        if (command.lastContactDate() != null && !command.lastContactDate().equals(lastContactDate)) {
            apply(new RelationshipLastContactCorrectedEvent(relationshipId, userId, command.lastContactDate()));
        }
        // A client that sends back the next date it was shown keeps the rhythm: only a different date is a plan.
        if (command.nextContactDate() != null && !command.nextContactDate().equals(nextBefore)) {
            apply(new RelationshipNextContactPlannedEvent(relationshipId, userId, command.nextContactDate()));
        }
    }

    @CommandHandler
    void handle(RecordRelationshipInteractionCommand command) {
        requireOwner(command.userId(), relationshipId);
        NotInFuture.require("date", command.date(), command.today());
        if (interactions.containsKey(command.interactionId())) {
            if (Objects.equals(interactions.get(command.interactionId()), command.date())) {
                return;
            }
            throw new IllegalStateException("interaction " + command.interactionId()
                    + " was recorded for another date");
        }
        apply(new RelationshipInteractionRecordedEvent(relationshipId, userId, command.interactionId(),
                command.date(), command.zone(), command.kind(), command.notes()));
    }

    @CommandHandler
    void handle(DeleteRelationshipCommand command) {
        delete(command.userId(), relationshipId, new RelationshipDeletedEvent(relationshipId, userId));
    }

    /** The date the read side shows as next: the plan when there is one, else the last contact plus the rhythm. */
    private LocalDate nextContactDate() {
        if (plannedContactDate != null) {
            return plannedContactDate;
        }
        if (lastContactDate == null || details.contactEveryDays() == null) {
            return null;
        }
        return lastContactDate.plusDays(details.contactEveryDays());
    }

    @EventSourcingHandler
    void on(RelationshipCreatedEvent event) {
        relationshipId = event.relationshipId();
        userId = event.userId();
        details = event.details();
        lastContactDate = event.lastContactDate();
        plannedContactDate = event.nextContactDate();
    }

    @EventSourcingHandler
    void on(RelationshipLastContactCorrectedEvent event) {
        lastContactDate = event.lastContactDate();
    }

    @EventSourcingHandler
    void on(RelationshipNextContactPlannedEvent event) {
        plannedContactDate = event.nextContactDate();
    }

    @EventSourcingHandler
    void on(RelationshipInteractionRecordedEvent event) {
        interactions.put(event.interactionId(), event.date());
        if (lastContactDate == null || !event.date().isBefore(lastContactDate)) {
            lastContactDate = event.date();
            plannedContactDate = null;
        }
    }
}
