package com.lifeos.projection.time;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.api.time.TimeEntryChangedEvent;
import com.lifeos.api.time.TimeEntryCreatedEvent;
import com.lifeos.projection.shared.OwnedRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One time entry as the "time" projection keeps it. */
@Entity
@Table(name = "time_entry")
public class TimeEntryRow extends OwnedRow {

    private String activity;
    private String category;
    private Instant startTime;
    private Instant endTime;
    private int durationMinutes;
    private Integer productivityScore;
    @Column(name = "entry_date")
    private LocalDate date;
    private String zone;

    protected TimeEntryRow() {
    }

    TimeEntryRow(TimeEntryCreatedEvent event, long sequence, Instant at) {
        super(event.entryId(), event.userId(), sequence, at);
        take(event.activity(), event.category(), event.startTime(), event.endTime(), event.durationMinutes(),
                event.productivityScore(), event.date(), event.zone());
    }

    void change(TimeEntryChangedEvent event, long sequence, Instant at) {
        ifNewer(sequence, at, () -> take(event.activity(), event.category(), event.startTime(), event.endTime(),
                event.durationMinutes(), event.productivityScore(), event.date(), event.zone()));
    }

    /** Both events carry the entry's whole state. */
    private void take(String activity, String category, Instant startTime, Instant endTime, int durationMinutes,
                      Integer productivityScore, LocalDate date, String zone) {
        this.activity = activity;
        this.category = category;
        this.startTime = startTime;
        this.endTime = endTime;
        this.durationMinutes = durationMinutes;
        this.productivityScore = productivityScore;
        this.date = date;
        this.zone = zone;
    }

    public String activity() {
        return activity;
    }

    public String category() {
        return category;
    }

    public Instant startTime() {
        return startTime;
    }

    public Instant endTime() {
        return endTime;
    }

    public int durationMinutes() {
        return durationMinutes;
    }

    public Integer productivityScore() {
        return productivityScore;
    }

    public LocalDate date() {
        return date;
    }

    public String zone() {
        return zone;
    }
}
