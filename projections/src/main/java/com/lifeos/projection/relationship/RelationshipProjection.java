package com.lifeos.projection.relationship;

import java.time.Instant;

import com.lifeos.api.relationship.RelationshipChangedEvent;
import com.lifeos.api.relationship.RelationshipCreatedEvent;
import com.lifeos.api.relationship.RelationshipDeletedEvent;
import com.lifeos.api.relationship.RelationshipInteractionRecordedEvent;
import com.lifeos.api.relationship.RelationshipLastContactCorrectedEvent;
import com.lifeos.api.relationship.RelationshipNextContactPlannedEvent;
import com.lifeos.projection.shared.PersonalProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/** Keeps the relationship and interaction tables; every handler may see its event twice and changes nothing then. */
@Component
@ProcessingGroup("relationship")
class RelationshipProjection extends PersonalProjection<RelationshipRows> {

    private final InteractionRows interactions;

    RelationshipProjection(RelationshipRows relationships, InteractionRows interactions) {
        super(relationships, interactions);
        this.interactions = interactions;
    }

    @EventHandler
    void on(RelationshipCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.insertIfAbsent(new RelationshipRow(event.relationshipId(), event.userId(), event.details(),
                event.lastContactDate(), event.nextContactDate(), sequence, at));
    }

    @EventHandler
    void on(RelationshipChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.findOwned(event.relationshipId(), event.userId())
                .ifPresent(row -> row.details(event.details(), sequence, at));
    }

    @EventHandler
    void on(RelationshipLastContactCorrectedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.findOwned(event.relationshipId(), event.userId())
                .ifPresent(row -> row.lastContactCorrected(event.lastContactDate(), sequence, at));
    }

    @EventHandler
    void on(RelationshipNextContactPlannedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.findOwned(event.relationshipId(), event.userId())
                .ifPresent(row -> row.nextContactPlanned(event.nextContactDate(), sequence, at));
    }

    @EventHandler
    void on(RelationshipInteractionRecordedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.findOwned(event.relationshipId(), event.userId())
                .ifPresent(row -> row.interaction(event.date(), sequence, at));
        interactions.insertIfAbsent(new InteractionRow(event.interactionId(), event.relationshipId(), event.userId(),
                event.date(), event.zone(), event.kind(), event.notes() == null ? null : event.notes().value(),
                at));
    }

    @EventHandler
    void on(RelationshipDeletedEvent event) {
        interactions.deleteByRelationship(event.relationshipId(), event.userId());
        rows.findOwned(event.relationshipId(), event.userId()).ifPresent(rows::delete);
    }
}
