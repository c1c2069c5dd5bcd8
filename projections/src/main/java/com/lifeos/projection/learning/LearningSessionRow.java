package com.lifeos.projection.learning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import com.lifeos.api.learning.LearningSessionDetails;
import com.lifeos.projection.shared.OwnedRow;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * One learning session as the "learning" projection keeps it. Besides the names as written it keeps their keys
 * (trimmed, lower case), so "SQL Basics" and "sql basics " filter and group as one course. Notes stay sealed.
 */
@Entity
@Table(name = "learning_session")
public class LearningSessionRow extends OwnedRow {

    private String courseName;
    private String courseKey;
    private String platform;
    private String platformKey;
    private int durationMinutes;
    private Integer progressPercentage;
    private LocalDate sessionDate;
    private String zone;
    private String notes;

    protected LearningSessionRow() {
    }

    LearningSessionRow(UUID id, UUID userId, LearningSessionDetails details, String zone, long sequence, Instant at) {
        super(id, userId, sequence, at);
        this.zone = zone;
        assign(details);
    }

    void details(LearningSessionDetails details, long sequence, Instant at) {
        ifNewer(sequence, at, () -> assign(details));
    }

    private void assign(LearningSessionDetails details) {
        courseName = details.courseName();
        courseKey = keyOf(details.courseName());
        platform = details.platform();
        platformKey = keyOf(details.platform());
        durationMinutes = details.durationMinutes();
        progressPercentage = details.progressPercentage();
        sessionDate = details.sessionDate();
        notes = details.notes() == null ? null : details.notes().value();
    }

    /** How a course or platform name is compared: trimmed and ignoring case; null (or blank) stays null. */
    public static String keyOf(String name) {
        return name == null || name.isBlank() ? null : name.strip().toLowerCase(Locale.ROOT);
    }

    public String courseName() {
        return courseName;
    }

    public String courseKey() {
        return courseKey;
    }

    public String platform() {
        return platform;
    }

    public String platformKey() {
        return platformKey;
    }

    public int durationMinutes() {
        return durationMinutes;
    }

    public Integer progressPercentage() {
        return progressPercentage;
    }

    public LocalDate sessionDate() {
        return sessionDate;
    }

    public String zone() {
        return zone;
    }

    public String notes() {
        return notes;
    }
}
