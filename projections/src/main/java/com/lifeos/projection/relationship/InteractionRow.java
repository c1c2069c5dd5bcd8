package com.lifeos.projection.relationship;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.projection.shared.Owned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One contact with a relationship, keyed by its interaction id; its notes stay sealed, as the event carries them. */
@Entity
@Table(name = "relationship_interaction")
public class InteractionRow implements Owned {

    @Id
    private UUID id;
    private UUID relationshipId;
    private UUID userId;
    @Column(name = "interaction_date")
    private LocalDate date;
    private String zone;
    private String kind;
    private String notes;
    private Instant recordedAt;

    protected InteractionRow() {
    }

    InteractionRow(UUID id, UUID relationshipId, UUID userId, LocalDate date, String zone, String kind, String notes,
                   Instant recordedAt) {
        this.id = id;
        this.relationshipId = relationshipId;
        this.userId = userId;
        this.date = date;
        this.zone = zone;
        this.kind = kind;
        this.notes = notes;
        this.recordedAt = recordedAt;
    }

    public UUID id() {
        return id;
    }

    public UUID relationshipId() {
        return relationshipId;
    }

    public LocalDate date() {
        return date;
    }

    public String kind() {
        return kind;
    }

    public String notes() {
        return notes;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    @Override
    public UUID userId() {
        return userId;
    }
}
