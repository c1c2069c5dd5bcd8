package com.lifeos.projection.habit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.projection.shared.Owned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One check-in; its notes stay sealed here, exactly as the event carries them. */
@Entity
@Table(name = "habit_checkin")
public class CheckInRow implements Owned {

    @Id
    private UUID id;
    private UUID habitId;
    private UUID userId;
    @Column(name = "checkin_date")
    private LocalDate date;
    private String zone;
    private String notes;
    private Instant checkedInAt;

    protected CheckInRow() {
    }

    CheckInRow(UUID id, UUID habitId, UUID userId, LocalDate date, String zone, String notes, Instant checkedInAt) {
        this.id = id;
        this.habitId = habitId;
        this.userId = userId;
        this.date = date;
        this.zone = zone;
        this.notes = notes;
        this.checkedInAt = checkedInAt;
    }

    public UUID id() {
        return id;
    }

    public UUID habitId() {
        return habitId;
    }

    @Override
    public UUID userId() {
        return userId;
    }

    public LocalDate date() {
        return date;
    }

    public String notes() {
        return notes;
    }

    public Instant checkedInAt() {
        return checkedInAt;
    }
}
