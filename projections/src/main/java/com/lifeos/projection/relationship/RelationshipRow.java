package com.lifeos.projection.relationship;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.api.relationship.RelationshipDetails;
import com.lifeos.projection.shared.OwnedRow;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * One relationship as the "relationship" projection keeps it: the facts only. Name and notes stay sealed;
 * {@code plannedContactDate} is a next date the owner set, in force until a contact on or after the last one.
 * The next date by rhythm is derived when read.
 */
@Entity
@Table(name = "relationship")
public class RelationshipRow extends OwnedRow {

    private String contactName;
    private String relationshipType;
    private String notes;
    private Integer contactEveryDays;
    private LocalDate lastContactDate;
    private LocalDate plannedContactDate;

    protected RelationshipRow() {
    }

    RelationshipRow(UUID id, UUID userId, RelationshipDetails details, LocalDate lastContactDate,
                    LocalDate plannedContactDate, long sequence, Instant at) {
        super(id, userId, sequence, at);
        this.lastContactDate = lastContactDate;
        this.plannedContactDate = plannedContactDate;
        assign(details);
    }

    void details(RelationshipDetails details, long sequence, Instant at) {
        ifNewer(sequence, at, () -> {
            assign(details);
        });
    }

    void lastContactCorrected(LocalDate date, long sequence, Instant at) {
        ifNewer(sequence, at, () -> {
            lastContactDate = date;
        });
    }

    void nextContactPlanned(LocalDate date, long sequence, Instant at) {
        ifNewer(sequence, at, () -> {
            plannedContactDate = date;
        });
    }

    /** A contact moves the last date forward and fulfils the plan; a back-filled older one changes neither. */
    void interaction(LocalDate date, long sequence, Instant at) {
        ifNewer(sequence, at, () -> {
            if (lastContactDate == null || !date.isBefore(lastContactDate)) {
                lastContactDate = date;
                plannedContactDate = null;
            }
        });
    }

    private void assign(RelationshipDetails details) {
        contactName = details.contactName().value();
        relationshipType = details.relationshipType();
        notes = details.notes() == null ? null : details.notes().value();
        contactEveryDays = details.contactEveryDays();
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
}
