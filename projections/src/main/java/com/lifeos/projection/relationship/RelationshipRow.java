package com.lifeos.projection.relationship;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.api.relationship.RelationshipDetails;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One relationship as the "relationships" projection keeps it: the facts only. Name and notes stay sealed;
 * {@code plannedContactDate} is a next date the owner set, in force until a contact on or after the last one.
 * The next date by rhythm is derived when read. {@code lastSequence} makes every update idempotent.
 */
@Entity
@Table(name = "relationship")
public class RelationshipRow {

    @Id
    private UUID id;
    private UUID userId;
    private String contactName;
    private String relationshipType;
    private String notes;
    private Integer contactEveryDays;
    private LocalDate lastContactDate;
    private LocalDate plannedContactDate;
    private Instant createdAt;
    private Instant updatedAt;
    private long lastSequence;

    protected RelationshipRow() {
    }

    RelationshipRow(UUID id, UUID userId, RelationshipDetails details, LocalDate lastContactDate,
                    LocalDate plannedContactDate, long sequence, Instant at) {
        this.id = id;
        this.userId = userId;
        this.lastContactDate = lastContactDate;
        this.plannedContactDate = plannedContactDate;
        this.createdAt = at;
        assign(details);
        touch(sequence, at);
    }

    void details(RelationshipDetails details, long sequence, Instant at) {
        if (sequence > lastSequence) {
            assign(details);
            touch(sequence, at);
        }
    }

    void lastContactCorrected(LocalDate date, long sequence, Instant at) {
        if (sequence > lastSequence) {
            lastContactDate = date;
            touch(sequence, at);
        }
    }

    void nextContactPlanned(LocalDate date, long sequence, Instant at) {
        if (sequence > lastSequence) {
            plannedContactDate = date;
            touch(sequence, at);
        }
    }

    /** A contact moves the last date forward and fulfils the plan; a back-filled older one changes neither. */
    void interaction(LocalDate date, long sequence, Instant at) {
        if (sequence > lastSequence) {
            if (lastContactDate == null || !date.isBefore(lastContactDate)) {
                lastContactDate = date;
                plannedContactDate = null;
            }
            touch(sequence, at);
        }
    }

    private void assign(RelationshipDetails details) {
        contactName = details.contactName().value();
        relationshipType = details.relationshipType();
        notes = details.notes() == null ? null : details.notes().value();
        contactEveryDays = details.contactEveryDays();
    }

    private void touch(long sequence, Instant at) {
        lastSequence = sequence;
        updatedAt = at;
    }

    public UUID id() {
        return id;
    }

    public UUID userId() {
        return userId;
    }

    public String contactName() {
        return contactName;
    }

    public String relationshipType() {
        return relationshipType;
    }

    public String notes() {
        return notes;
    }

    public Integer contactEveryDays() {
        return contactEveryDays;
    }

    public LocalDate lastContactDate() {
        return lastContactDate;
    }

    public LocalDate plannedContactDate() {
        return plannedContactDate;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
